// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SignalDatabaseWriter: message rows, attachments, reactions and mentions.
#include "ProtoWriter.h"
#include "Scenario.h"
#include "SignalDatabaseColumns.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

// Signal's message type bits (MessageTypes.java; signal-formats.md §2.3).
constexpr qint64 kInbox = 20;
constexpr qint64 kSent = 23;
constexpr qint64 kSentFailed = 24;
constexpr qint64 kIdentityUpdate = 0x200;
constexpr qint64 kGroupUpdate = 0x10000;
constexpr qint64 kGroupLeave = 0x20000;
constexpr qint64 kTimerUpdate = 0x40000;
constexpr qint64 kGroupV2 = 0x80000;
constexpr qint64 kPush = 0x200000;
constexpr qint64 kSecure = 0x800000;
constexpr qint64 kStoryReaction = 0x100000000LL;

QString jsonString(const QString &s)
{
    QString out = u"\""_s;
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"': out += u"\\\""_s; break;
        case '\\': out += u"\\\\"_s; break;
        case '\n': out += u"\\n"_s; break;
        case '\r': out += u"\\r"_s; break;
        case '\t': out += u"\\t"_s; break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

/** Signal's LinkPreview list as Jackson writes it. */
QString linkPreviewJson(const QList<ScenarioLinkPreview> &previews)
{
    QStringList items;
    for (const ScenarioLinkPreview &p : previews) {
        items.append(u"{\"url\":"_s + jsonString(p.url) + u",\"title\":"_s + jsonString(p.title)
                     + u",\"description\":"_s + jsonString(p.description) + u",\"date\":"_s
                     + QString::number(p.date) + u",\"attachmentId\":null}"_s);
    }
    return u'[' + items.join(u',') + u']';
}

qint64 callType(CallKind kind)
{
    switch (kind) {
    case CallKind::IncomingAudio: return 1;
    case CallKind::OutgoingAudio: return 2;
    case CallKind::MissedAudio: return 3;
    case CallKind::MissedVideo: return 8;
    case CallKind::IncomingVideo: return 10;
    case CallKind::OutgoingVideo: return 11;
    case CallKind::GroupCall: return 12;
    }
    return 1;
}

QByteArray uuidBytes(const QString &uuid)
{
    return QByteArray::fromHex(QString(uuid).remove(u'-').toLatin1());
}

} // namespace

qint64 SignalDatabaseWriter::signalType(const ScenarioMessage &m) const
{
    const qint64 box = m.outgoing ? (m.failed ? kSentFailed : kSent) : kInbox;
    const ScenarioGroup *group = m_scenario->group(m_scenario->chats[m.chat].recipientId);
    switch (m.type) {
    case MessageType::Text:
    case MessageType::Story:
    case MessageType::GroupStoryReply: return box | kSecure | kPush;
    case MessageType::StoryReaction: return box | kSecure | kPush | kStoryReaction;
    case MessageType::Call: return callType(m.call);
    case MessageType::GroupUpdate: {
        if (group && group->legacyV1)
            return box | kSecure | kPush
                | (m.groupChange == GroupChange::MemberLeft ? kGroupLeave : kGroupUpdate);
        const qint64 leave = m.groupChange == GroupChange::MemberLeft ? kGroupLeave : 0;
        return box | kSecure | kPush | kGroupUpdate | kGroupV2 | leave;
    }
    case MessageType::ProfileChange: return 7;
    case MessageType::SafetyNumberChange: return kInbox | kIdentityUpdate;
    case MessageType::Joined: return 4;
    case MessageType::TimerChange: return box | kSecure | kPush | kTimerUpdate;
    }
    return box;
}

QByteArray SignalDatabaseWriter::groupUpdatePayload(const ScenarioMessage &m) const
{
    const ScenarioGroup *g = m_scenario->group(m_scenario->chats[m.chat].recipientId);
    if (g && g->legacyV1) {
        // GroupContext { id = 1; type = 2 (UPDATE=1, QUIT=3); name = 3; members = 4 }
        ProtoWriter ctx;
        ctx.bytes(1, g->groupKey).varint(2, m.groupChange == GroupChange::MemberLeft ? 3 : 1);
        ctx.string(3, g->title);
        for (qint64 member : m.affected) {
            const ScenarioPerson *p = m_scenario->person(member);
            if (p && !p->e164.isEmpty())
                ctx.string(4, p->e164);
        }
        return ctx.data();
    }
    // DecryptedGroupV2Context { context = 1; change = 2; groupState = 3 }
    ProtoWriter change;
    change.bytes(1, uuidBytes(aciOf(m.senderId))).varint(2, quint64(m.id % 50 + 1));
    switch (m.groupChange) {
    case GroupChange::Created:
    case GroupChange::MemberAdded:
        for (qint64 member : m.affected)
            change.message(3, ProtoWriter().bytes(1, uuidBytes(aciOf(member))).varint(2, 1));
        break;
    case GroupChange::MemberLeft:
        for (qint64 member : m.affected)
            change.bytes(4, uuidBytes(aciOf(member)));
        break;
    case GroupChange::TitleChanged: change.message(10, ProtoWriter().string(1, m.newText)); break;
    }
    ProtoWriter context;
    context.message(1, ProtoWriter().bytes(1, g ? g->groupKey : QByteArray()).varint(2, 1));
    context.message(2, change);
    context.message(3, ProtoWriter().string(2, g ? g->title : QString()));
    return context.data();
}

Cell SignalDatabaseWriter::bodyCell(const ScenarioMessage &m, const QString &body) const
{
    if (m.remoteDeleted)
        return Cell::null();
    switch (m.type) {
    case MessageType::Text:
    case MessageType::Story:
    case MessageType::GroupStoryReply:
    case MessageType::StoryReaction: return Cell::textOrNull(body);
    case MessageType::Call:
        if (m.call != CallKind::GroupCall)
            return Cell::null();
        {
            // GroupCallUpdateDetails { eraId = 1; startedCallUuid = 2; startedCallTimestamp = 3;
            // inCallUuids = 4; isCallFull = 5 }
            ProtoWriter details;
            details.string(1, QString::number(m.dateSent, 16)).string(2, aciOf(m.senderId));
            details.varint(3, quint64(m.dateSent));
            for (qint64 id : m.affected)
                details.string(4, aciOf(id));
            return Cell::fromText(QString::fromLatin1(details.data().toBase64()));
        }
    case MessageType::GroupUpdate: {
        const ScenarioGroup *g = m_scenario->group(m_scenario->chats[m.chat].recipientId);
        if (m_columns->message.messageExtras >= 0 && !(g && g->legacyV1))
            return Cell::null(); // newer databases keep it in message_extras
        return Cell::fromText(QString::fromLatin1(groupUpdatePayload(m).toBase64()));
    }
    case MessageType::ProfileChange: {
        // ProfileChangeDetails { profileNameChange = 1 { previous = 1; newValue = 2 } }
        ProtoWriter details;
        details.message(1, ProtoWriter().string(1, m.oldText).string(2, m.newText));
        return Cell::fromText(QString::fromLatin1(details.data().toBase64()));
    }
    case MessageType::SafetyNumberChange:
    case MessageType::Joined:
    case MessageType::TimerChange: return Cell::null();
    }
    return Cell::null();
}

const TableDef *SignalDatabaseWriter::messageTableFor(const ScenarioMessage &m) const
{
    if (!m_columns->sms.table)
        return m_columns->message.table;
    // Before dbv 168: plain 1:1 text and call/status rows lived in sms, the rest in mms.
    const bool group = m_scenario->chats[m.chat].kind == ChatKind::Group;
    const bool plainText = m.type == MessageType::Text && m.attachments.isEmpty()
        && m.quote.targetDateSent == 0 && m.mentions.isEmpty() && m.previews.isEmpty()
        && m.longText.isEmpty() && m.expiresInMs == 0 && m.boldRanges.isEmpty();
    const bool smsEvent = m.type == MessageType::Call || m.type == MessageType::ProfileChange
        || m.type == MessageType::SafetyNumberChange || m.type == MessageType::Joined;
    return !group && (plainText || smsEvent) ? m_columns->sms.table : m_columns->message.table;
}

bool SignalDatabaseWriter::write(const ScenarioMessage &m)
{
    const bool story = m.type == MessageType::Story || m.type == MessageType::StoryReaction
        || m.type == MessageType::GroupStoryReply;
    if (story && !m_schema.hasStories())
        return true; // stories did not exist yet
    return writeMessageRows(m);
}

bool SignalDatabaseWriter::writeMessageRows(const ScenarioMessage &m)
{
    const TableDef *table = messageTableFor(m);
    const bool inSms = table == m_columns->sms.table && m_columns->sms.table;
    const MessageColumns &c = inSms ? m_columns->sms : m_columns->message;
    const ScenarioChat &chat = m_scenario->chats[m.chat];
    const qint64 self = m_scenario->selfId;
    const bool fromTo = c.from >= 0;
    const bool migrated = !m.outgoing && m.dateReceived < m_scenario->fromToMigrationMs;
    const qint64 type = signalType(m);

    const bool withRevisions = m_schema.hasEdits() && !m.revisions.isEmpty();
    const qint64 rowCount = withRevisions ? m.revisions.size() + 1 : 1;
    qint64 &nextId = inSms ? m_nextSmsId : m_nextMessageId;
    const qint64 firstId = nextId;
    const qint64 finalId = firstId + rowCount - 1;
    nextId += rowCount;

    QByteArray rangesBlob;
    if (!m.boldRanges.isEmpty()) {
        ProtoWriter list;
        for (const auto &[start, length] : m.boldRanges)
            list.message(
                1, ProtoWriter().varint(1, quint64(start)).varint(2, quint64(length)).varint(4, 0));
        rangesBlob = list.data();
    }

    for (qint64 r = 0; r < rowCount; ++r) {
        const bool isFinal = r == rowCount - 1;
        const ScenarioRevision *rev = isFinal ? nullptr : &m.revisions[r];
        const qint64 rowId = firstId + r;
        TableRow row = table->defaultRow();
        row.setInt(c.id, rowId);
        // Signal keeps an edited message's date_received at its first version's (the edit's
        // own time is only in date_sent); a schema without edits has the message once, as
        // first sent.
        const ScenarioRevision *first = m.revisions.isEmpty() ? nullptr : &m.revisions.first();
        const qint64 sent
            = rev ? rev->dateSent : (first && !withRevisions ? first->dateSent : m.dateSent);
        const qint64 received
            = rev ? rev->dateReceived : (first ? first->dateReceived : m.dateReceived);
        row.setInt(c.dateSent, sent);
        row.setInt(c.dateReceived, received);
        if (!m.outgoing && m.dateServer > 0)
            row.setInt(c.dateServer, m.dateServer);
        row.setInt(c.thread, chat.threadId);
        if (fromTo) {
            row.setInt(c.from, m.senderId);
            row.setInt(c.fromDevice, 1);
            row.setInt(c.to, m.outgoing ? chat.recipientId : (migrated ? m.senderId : self));
        } else {
            row.setInt(c.recipient, m.outgoing ? chat.recipientId : m.senderId);
            row.setInt(c.recipientDevice, 1);
        }
        row.setInt(c.type, type);
        row.set(c.body, bodyCell(m, rev ? rev->body : m.body));
        row.setInt(c.read, 1);
        if (!inSms && (!m.attachments.isEmpty() || chat.kind == ChatKind::Group))
            row.setInt(c.mType, m.outgoing ? 128 : 132);
        if (m.outgoing) {
            row.setInt(c.receiptTimestamp, m.failed ? -1 : m.dateSent + 1200);
            row.setInt(c.delivered, m.failed ? 0 : 1);
            row.setInt(c.readReceipt, m.failed ? 0 : 1);
        } else {
            row.setInt(c.notified, 1);
            row.setInt(c.notifiedTimestamp, m.dateReceived + 150);
            row.setText(c.serverGuid, randomUuid());
            row.setInt(c.protocol, 31337);
            row.setInt(c.replyPath, 1);
            row.setText(c.serviceCenter, u"GCM"_s);
        }
        row.setInt(c.unidentified, 1);
        row.setInt(c.expiresIn, m.expiresInMs);
        if (m.expiresInMs > 0 && m.type != MessageType::TimerChange)
            row.setInt(c.expireStarted, m.dateReceived);
        if (m.quote.targetDateSent != 0) {
            row.setInt(c.quoteId, m.quote.targetDateSent);
            if (c.quoteAuthor >= 0
                && c.table->columns[c.quoteAuthor].declaration.startsWith(u"TEXT"_s))
                row.setText(c.quoteAuthor, QString::number(m.quote.authorId));
            else
                row.setInt(c.quoteAuthor, m.quote.authorId);
            row.setText(c.quoteBody, m.quote.body);
        }
        if (!m.previews.isEmpty() && !m.remoteDeleted)
            row.setText(c.linkPreviews, linkPreviewJson(m.previews));
        row.setInt(c.viewOnce, m.viewOnce ? 1 : 0);
        if (m.remoteDeleted) {
            row.setInt(c.remoteDeleted, 1);
            row.setInt(c.deletedBy, m.senderId);
        }
        for (const ScenarioMention &mention : m.mentions) {
            if (mention.recipientId == self)
                row.setInt(c.mentionsSelf, 1);
        }
        if (!rangesBlob.isEmpty())
            row.set(c.messageRanges, Cell::fromBlob(rangesBlob));
        if (m.storyType != 0)
            row.setInt(c.storyType, m.storyType);
        if (m.parentStoryId > 0) {
            const qint64 storyRow = m_storyRows.value(m.parentStoryId, 0);
            const bool direct = m.directStoryReply || m.type == MessageType::StoryReaction;
            if (storyRow > 0 && (m.type != MessageType::Text || direct))
                row.setInt(c.parentStoryId, direct ? -storyRow : storyRow);
        }
        if (withRevisions) {
            if (isFinal) {
                row.setInt(c.originalMessage, firstId);
                row.setInt(c.revisionNumber, r);
            } else {
                row.setInt(c.latestRevision, finalId);
                if (r > 0) {
                    row.setInt(c.originalMessage, firstId);
                    row.setInt(c.revisionNumber, r);
                }
            }
        }
        if (m.type == MessageType::GroupUpdate && c.messageExtras >= 0
            && row.cells()[c.body].type == Cell::Type::Null && !m.remoteDeleted) {
            // MessageExtras { gv2UpdateDescription = 1 { gv2ChangeDescription = 1 } }
            ProtoWriter extras;
            extras.message(1, ProtoWriter().bytes(1, groupUpdatePayload(m)));
            row.set(c.messageExtras, Cell::fromBlob(extras.data()));
        }
        if (isFinal && c.reactions >= 0 && !m.reactions.isEmpty() && !m.remoteDeleted) {
            // ReactionList { reactions = 1 { emoji = 1; author = 2; sentTime = 3; receivedTime = 4 } }
            ProtoWriter list;
            for (const ScenarioReaction &reaction : m.reactions) {
                list.message(1,
                             ProtoWriter()
                                 .string(1, reaction.emoji)
                                 .varint(2, quint64(reaction.authorId))
                                 .varint(3, quint64(reaction.dateSent))
                                 .varint(4, quint64(reaction.dateReceived)));
            }
            row.set(c.reactions, Cell::fromBlob(list.data()));
        }
        if (!insert(table, row))
            return false;
    }
    if (m.type == MessageType::Story)
        m_storyRows.insert(m.id, finalId);

    ChatState &st = m_chats[size_t(m.chat)];
    ++st.count;
    st.lastDate = m.dateReceived;
    st.snippet = m.remoteDeleted || m.type != MessageType::Text ? QString() : m.body;
    st.snippetType = type;
    st.snippetContentType = m.attachments.isEmpty() ? QString() : m.attachments.first().contentType;
    st.hasSent = st.hasSent || m.outgoing;
    if (m.type == MessageType::TimerChange)
        st.expiresIn = m.expiresInMs;
    return m.remoteDeleted ? true : writeSideRows(m, finalId, !inSms);
}

bool SignalDatabaseWriter::writeSideRows(const ScenarioMessage &m, qint64 messageId, bool inMms)
{
    const Columns &c = *m_columns;
    int order = 0;
    if (!m.longText.isEmpty()) {
        ScenarioAttachment text;
        text.contentType = u"text/x-signal-plain"_s;
        text.longText = true;
        text.bytes = m.longText.toUtf8();
        text.size = text.bytes.size();
        if (!writeAttachment(m, messageId, text, order++, false))
            return false;
    }
    for (const ScenarioAttachment &a : m.attachments) {
        if (!writeAttachment(m, messageId, a, order++, false))
            return false;
    }
    if (!m.quote.thumbnailContentType.isEmpty()) {
        ScenarioAttachment thumb;
        thumb.contentType = m.quote.thumbnailContentType;
        thumb.size = 2400;
        thumb.width = thumb.height = 150;
        if (!writeAttachment(m, messageId, thumb, 0, true))
            return false;
    }
    if (c.reaction) {
        for (const ScenarioReaction &r : m.reactions) {
            TableRow row = c.reaction->defaultRow();
            row.setInt(c.rId, m_nextReactionId++);
            row.setInt(c.rMessage, messageId);
            row.setInt(c.rIsMms, inMms ? 1 : 0);
            row.setInt(c.rAuthor, r.authorId);
            row.setText(c.rEmoji, r.emoji);
            row.setInt(c.rSent, r.dateSent);
            row.setInt(c.rReceived, r.dateReceived);
            if (!insert(c.reaction, row))
                return false;
        }
    }
    if (c.mention) {
        for (const ScenarioMention &mention : m.mentions) {
            TableRow row = c.mention->defaultRow();
            row.setInt(c.mId, m_nextMentionId++);
            row.setInt(c.mThread, m_scenario->chats[m.chat].threadId);
            row.setInt(c.mMessage, messageId);
            row.setInt(c.mRecipient, mention.recipientId);
            row.setInt(c.mStart, mention.start);
            row.setInt(c.mLength, mention.length);
            if (!insert(c.mention, row))
                return false;
        }
    }
    return true;
}

bool SignalDatabaseWriter::writeAttachment(const ScenarioMessage &m, qint64 messageId,
                                           const ScenarioAttachment &a, int order,
                                           bool quoteThumbnail)
{
    const Columns &c = *m_columns;
    const qint64 id = m_nextAttachmentId++;
    const qint64 uniqueId = c.aUnique >= 0 ? m.dateReceived + order : -1;
    TableRow row = c.attachment->defaultRow();
    row.setInt(c.aId, id);
    row.setInt(c.aMessage, messageId);
    row.setText(c.aType, a.contentType);
    row.setText(c.aRemoteKey, QString::fromLatin1(randomBytes(64).toBase64()));
    row.setText(c.aRemoteLocation,
                QString::fromLatin1(randomBytes(15).toBase64(QByteArray::Base64UrlEncoding
                                                             | QByteArray::OmitTrailingEquals)));
    row.set(c.aDigest, Cell::fromBlob(randomBytes(32)));
    row.setInt(c.aCdn, 2);
    row.setInt(c.aTransfer, 0);
    row.setText(c.aDataFile,
                u"/data/user/0/org.thoughtcrime.securesms/app_parts/part"_s
                    + QString::number(m_rng.next() % 10'000'000'000ULL) + u".mms"_s);
    row.setInt(c.aSize, a.size);
    row.set(c.aRandom, Cell::fromBlob(randomBytes(32)));
    row.setText(c.aFileName, a.fileName);
    row.setInt(c.aVoice, a.voiceNote ? 1 : 0);
    row.setInt(c.aQuote, quoteThumbnail ? 1 : 0);
    row.setInt(c.aWidth, a.width);
    row.setInt(c.aHeight, a.height);
    row.setText(c.aCaption, a.caption);
    if (a.sticker) {
        row.setText(c.aPackId, QString::fromLatin1(randomBytes(16).toHex()));
        row.setText(c.aPackKey, QString::fromLatin1(randomBytes(32).toHex()));
        row.setInt(c.aStickerId, 7);
        row.setText(c.aStickerEmoji, a.stickerEmoji);
    }
    if (a.contentType.startsWith(u"image/"_s))
        row.setText(c.aBlurHash, u"LKO2?U%2Tw=w]~RBVZRi};RPxuwH"_s);
    if (c.aAspect >= 0 && a.width > 0 && a.height > 0)
        row.set(c.aAspect, Cell::fromReal(double(a.width) / double(a.height)));
    row.setText(c.aHash, QString::fromLatin1(randomBytes(32).toBase64()));
    row.setInt(c.aOrder, order);
    row.setInt(c.aUpload, m.dateSent);
    row.setInt(c.aUnique, uniqueId);
    if (!insert(c.attachment, row))
        return false;

    if (m_attachmentDir.isEmpty() || a.bytes.isEmpty() || quoteThumbnail)
        return true;
    QSaveFile file(QDir(m_attachmentDir).filePath(u"Attachment_%1_%2.bin"_s.arg(id).arg(uniqueId)));
    if (!file.open(QIODevice::WriteOnly) || file.write(a.bytes) != a.bytes.size()
        || !file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

} // namespace idiolect::demogen
