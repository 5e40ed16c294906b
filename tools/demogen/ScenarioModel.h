// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

/**
 * @file
 * The format-agnostic demo scenario: who talks to whom, and every message
 * with its features. Writers turn it into Signal's database tables (SQLite,
 * CSV), and later into main.jsonl or signal-export folders. Nothing here
 * knows about SQL, CSV or Signal's type bitmask.
 */

namespace idiolect::demogen {

/** A person, with every name field a Signal recipient row can carry. */
struct ScenarioPerson
{
    qint64 id = 0; ///< Recipient id; stable across formats.
    bool isSelf = false;
    QString profileGiven, profileFamily; ///< Signal profile name (profile_joined = both).
    QString systemGiven, systemFamily; ///< Phone contact name (system_joined = both).
    QString nickname; ///< "Nickname" set in Signal (nickname_joined_name), dbv >= 223.
    QString username; ///< Signal username, e.g. "noah.07".
    QString e164; ///< Phone number, "+4915112345678".
    QString aci; ///< Service id (UUID text).
    QString about; ///< Profile "about" text.
    bool blocked = false;
    bool registered = true;
    int avatarColorIndex = 0;

    [[nodiscard]] QString profileJoined() const;
    [[nodiscard]] QString systemJoined() const;
    /** The name Signal would show (nickname, contact, profile, username, number). */
    [[nodiscard]] QString displayName() const;
    /** A short first name used in messages ("Lena"). */
    [[nodiscard]] QString firstName() const;
};

/** A group chat (Signal "New Group", GV2, or a legacy GV1 group). */
struct ScenarioGroup
{
    qint64 recipientId = 0;
    QString title;
    QByteArray groupKey; ///< 32 bytes; the group id is derived from it.
    bool legacyV1 = false;
    bool active = true; ///< False once self left the group.
    QList<qint64> members; ///< Recipient ids, self included.
    qint64 createdAt = 0; ///< ms since the epoch.

    /** "__signal_group__v2__!<hex>" or "__textsecure_group__!<hex>". */
    [[nodiscard]] QString groupId() const;
};

/** What a chat is with. */
enum class ChatKind : quint8 {
    Direct, ///< 1:1 chat with a person.
    Group,
    NoteToSelf,
    StoryList, ///< The "My Story" distribution list: only outgoing stories.
};

/**
 * How the partner of a 1:1 chat writes. Self adapts part of the way (ChatVoice),
 * so the demo has partners whose style differs from the user's, as real people do.
 */
enum class TextingStyle : quint8 {
    Balanced, ///< Corpus lines as they are.
    Lengthy, ///< Long, detailed messages: several dialogue lines joined into one.
    Terse, ///< Short replies: "k", "sure", a first clause.
    EmojiLover, ///< Most messages carry emoji; some are nothing but emoji.
    Rapid, ///< Answers within seconds and often keeps typing (quick bursts).
};

/** One conversation (Signal thread). */
struct ScenarioChat
{
    qint64 threadId = 0;
    ChatKind kind = ChatKind::Direct;
    qint64 recipientId = 0; ///< Partner, group recipient, self, or the distribution list.
    int weight = 1; ///< Share of the message volume (relative).
    int selfShare = 50; ///< Percent of dialogue lines that self writes.
    qint64 startsAt = 0; ///< First message, ms since the epoch.
    qint64 endsAt = 0; ///< Last message (e.g. blocked contacts stop early).
    QString storyListName; ///< For StoryList: "My Story".
    TextingStyle partnerStyle = TextingStyle::Balanced; ///< For Direct chats.
};

/** Call log entries. */
enum class CallKind : quint8 {
    IncomingAudio,
    OutgoingAudio,
    MissedAudio,
    IncomingVideo,
    OutgoingVideo,
    MissedVideo,
    GroupCall,
};

/** What a group update changed. */
enum class GroupChange : quint8 {
    Created, ///< The group was created with its first members.
    MemberAdded,
    MemberLeft,
    TitleChanged,
};

/** What kind of row a message is. */
enum class MessageType : quint8 {
    Text, ///< A message; body may be empty when it only carries attachments.
    Call,
    GroupUpdate, ///< Title / member changes; bodies are protobufs, never text.
    ProfileChange, ///< "X changed their profile name".
    SafetyNumberChange, ///< Identity key changed.
    Joined, ///< "X is on Signal".
    TimerChange, ///< Disappearing-messages timer changed.
    Story, ///< A posted story (text or media).
    GroupStoryReply, ///< A reply in a group's story thread.
    StoryReaction, ///< An emoji reaction sent to someone's story.
};

/** A file attached to a message. */
struct ScenarioAttachment
{
    QString contentType; ///< "image/jpeg", "audio/aac", "image/webp" (sticker), ...
    QString fileName; ///< Original name; empty for camera photos and voice notes.
    QByteArray bytes; ///< Small placeholder content written to Attachment_*.bin.
    qint64 size = 0; ///< The size Signal records (may exceed bytes.size()).
    int width = 0;
    int height = 0;
    bool voiceNote = false;
    bool sticker = false;
    QString stickerEmoji;
    QString caption;
    bool longText = false; ///< text/x-signal-plain: the full text of a long message.
};

/** A mention of a person: a U+FFFC placeholder in the body, UTF-16 range. */
struct ScenarioMention
{
    qint64 recipientId = 0;
    int start = 0; ///< UTF-16 code units before the placeholder.
    int length = 1;
};

/** An emoji reaction to a message. */
struct ScenarioReaction
{
    qint64 authorId = 0;
    QString emoji;
    qint64 dateSent = 0;
    qint64 dateReceived = 0;
};

/** A link preview stored with a message. */
struct ScenarioLinkPreview
{
    QString url;
    QString title;
    QString description;
    qint64 date = 0;
};

/** A reply to an earlier message (quote_id = the quoted message's date_sent). */
struct ScenarioQuote
{
    qint64 targetId = 0; ///< ScenarioMessage::id of the quoted message; 0 = none.
    qint64 targetDateSent = 0;
    qint64 authorId = 0;
    QString body;
    QString thumbnailContentType; ///< Set when the quoted message shows an image.
};

/** An earlier revision of an edited message. */
struct ScenarioRevision
{
    QString body;
    qint64 dateSent = 0;
    qint64 dateReceived = 0;
};

/**
 * @brief One message of the scenario, in global (date_received) order.
 *
 * ids are 1-based and dense; writers map them to their own row ids.
 */
struct ScenarioMessage
{
    qint64 id = 0;
    int chat = 0; ///< Index into Scenario::chats.
    qint64 senderId = 0; ///< Author (self for outgoing).
    bool outgoing = false;
    MessageType type = MessageType::Text;
    qint64 dateSent = 0; ///< Sender's clock, ms since the epoch (UTC).
    qint64 dateReceived = 0;
    qint64 dateServer = -1; ///< Server receive time (incoming only), else -1.
    QString body; ///< Final text; mentions are U+FFFC placeholders.
    GroupChange groupChange = GroupChange::Created; ///< For GroupUpdate.
    QList<qint64> affected; ///< Members a group update adds/removes; call participants.
    QString oldText; ///< Previous group title / profile name.
    QString newText; ///< New group title / profile name.
    int callSeconds = 0; ///< Duration of an answered call.
    QString longText; ///< Full text when body is Signal's truncated copy; else empty.
    QList<ScenarioRevision> revisions; ///< Older revisions, oldest first (edited messages).
    ScenarioQuote quote;
    QList<ScenarioMention> mentions;
    QList<ScenarioAttachment> attachments;
    QList<ScenarioReaction> reactions;
    QList<ScenarioLinkPreview> previews;
    CallKind call = CallKind::IncomingAudio;
    int storyType = 0; ///< 1 media story with replies, 3 text story with replies, ...
    qint64 parentStoryId = 0; ///< ScenarioMessage::id of the story replied/reacted to.
    bool directStoryReply = false; ///< A 1:1 reply to a story (kept as chat).
    bool remoteDeleted = false; ///< "Delete for everyone"; body and attachments are gone.
    bool failed = false; ///< Outgoing message that could not be sent.
    bool viewOnce = false;
    qint64 expiresInMs = 0; ///< Disappearing message timer.
    QList<std::pair<int, int>> boldRanges; ///< Text styles (UTF-16 start, length).
};

} // namespace idiolect::demogen
