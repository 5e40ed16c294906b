// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"
#include "MessageFlag.h"
#include "MessageKind.h"

#include <QString>
#include <QStringView>

#include <span>
#include <vector>

template<typename T>
class QFuture;

namespace idiolect {

/** Fixed-size facts of one message, used to append it to a MessageStore. */
struct MessageRecord
{
    qint64 id = 0; ///< message._id (or a synthesized stable id).
    qint64 dateSent = 0; ///< Sender's timestamp, ms since the epoch (UTC).
    qint64 dateReceived = 0; ///< Local receive time, ms; 0 if unknown.
    qint32 thread = -1; ///< Index into ChatExport::threads.
    qint64 senderId = 0; ///< Recipient id of the author (self for outgoing).
    MessageKind kind = MessageKind::Text;
    Direction direction = Direction::Incoming;
    quint32 flags = 0; ///< MessageFlag bits.
    qint64 quoteId = 0; ///< date_sent of the quoted message; 0 = none.
    qint64 quoteAuthorId = 0;
};

/**
 * @brief Columnar storage for every message of an export.
 *
 * Designed for a million messages: one vector per column, all bodies in a
 * single UTF-16 arena addressed by (offset, length), and side tables
 * (attachments, reactions, link previews, mentions) sorted by message index.
 * Indices are stable once appended. After finalize() the store is read-only
 * and safe to share between threads.
 */
class MessageStore final
{
public:
    MessageStore() = default;

    void reserve(qsizetype messages, qsizetype textUnits);

    /**
     * Appends one message; returns its index. A surrogate that is not half of a pair (JSON
     * exports may hold "\ud800") becomes U+FFFD, and *loneSurrogates, when given, goes up by
     * the number replaced.
     */
    quint32 append(const MessageRecord &record, QStringView body, QStringView quoteBody = {},
                   qsizetype *loneSurrogates = nullptr);

    /**
     * Appends with a body decoded straight from UTF-8 into the arena (no temporary QString).
     * Sets *invalidUtf8 when the bytes were not valid UTF-8 (they become U+FFFD).
     */
    quint32 appendUtf8(const MessageRecord &record, QByteArrayView body, QByteArrayView quoteBody,
                       bool *invalidUtf8 = nullptr);

    /**
     * Appends every message of @p other (columns, text and side tables) after the ones
     * here, shifting its text ranges and side-table message indices. Lets an importer
     * build parts of a table on several threads and join them in file order; when this
     * store is still empty, @p other is taken over without copying.
     */
    void appendStore(MessageStore &&other);

    /**
     * appendStore() that copies @p other's text (most of its bytes) on a ComputePool thread
     * while the caller goes on: the columns and side tables are joined before it returns,
     * with their text ranges already shifted. Until the returned future has finished, the
     * text must not be read or appended to (body(), quoteBody(), textUnits(), append*(),
     * replaceBody()) and the store must not be moved or destroyed. An importer uses the
     * time to read the tables that need no text.
     */
    [[nodiscard]] QFuture<void> appendStoreTextLater(MessageStore &&other);

    [[nodiscard]] quint32 size() const { return quint32(m_id.size()); }
    [[nodiscard]] bool isEmpty() const { return m_id.empty(); }
    /** UTF-16 code units of text held (bodies and quotes, including replaced ones). */
    [[nodiscard]] qsizetype textUnits() const { return m_arena.size(); }

    [[nodiscard]] qint64 id(quint32 i) const { return m_id[i]; }
    [[nodiscard]] qint64 dateSent(quint32 i) const { return m_dateSent[i]; }
    [[nodiscard]] qint64 dateReceived(quint32 i) const { return m_dateReceived[i]; }
    [[nodiscard]] qint32 thread(quint32 i) const { return m_thread[i]; }
    [[nodiscard]] qint64 senderId(quint32 i) const { return m_sender[i]; }
    [[nodiscard]] MessageKind kind(quint32 i) const { return MessageKind(m_kind[i]); }
    [[nodiscard]] Direction direction(quint32 i) const { return Direction(m_direction[i]); }
    [[nodiscard]] bool isOutgoing(quint32 i) const { return direction(i) == Direction::Outgoing; }
    [[nodiscard]] quint32 flags(quint32 i) const { return m_flags[i]; }
    [[nodiscard]] bool hasFlag(quint32 i, quint32 flag) const { return (m_flags[i] & flag) != 0; }
    [[nodiscard]] qint64 quoteId(quint32 i) const { return m_quoteId[i]; }
    [[nodiscard]] qint64 quoteAuthorId(quint32 i) const { return m_quoteAuthor[i]; }
    [[nodiscard]] QStringView body(quint32 i) const;
    [[nodiscard]] QStringView quoteBody(quint32 i) const;

    void setId(quint32 i, qint64 id) { m_id[i] = id; }
    void setDateSent(quint32 i, qint64 date) { m_dateSent[i] = date; }
    void setSenderId(quint32 i, qint64 sender) { m_sender[i] = sender; }
    void setKind(quint32 i, MessageKind kind) { m_kind[i] = quint8(kind); }
    void setThread(quint32 i, qint32 thread) { m_thread[i] = thread; }
    void addFlags(quint32 i, quint32 flags) { m_flags[i] |= flags; }
    /** Multiplies every timestamp column (dates, quote ids) by @p factor (seconds → ms repair),
     *  saturating at the qint64 range so a corrupt date cannot overflow. */
    void scaleTimestamps(qint64 factor);
    /** Replaces a body (e.g. with the full long text); the old text stays unused in the arena. */
    void replaceBody(quint32 i, QStringView body);

    void addAttachment(Attachment attachment) { m_attachments.push_back(std::move(attachment)); }
    void addReaction(Reaction reaction) { m_reactions.push_back(std::move(reaction)); }
    void addLinkPreview(LinkPreview preview) { m_previews.push_back(std::move(preview)); }
    void addMention(Mention mention) { m_mentions.push_back(mention); }

    /** Sorts the side tables by message; call once after the import appended everything. */
    void finalize();

    [[nodiscard]] std::span<const Attachment> attachments(quint32 i) const;
    [[nodiscard]] std::span<const Reaction> reactions(quint32 i) const;
    [[nodiscard]] std::span<const LinkPreview> linkPreviews(quint32 i) const;
    [[nodiscard]] std::span<const Mention> mentions(quint32 i) const;

    [[nodiscard]] const std::vector<Attachment> &allAttachments() const { return m_attachments; }
    [[nodiscard]] const std::vector<Reaction> &allReactions() const { return m_reactions; }
    [[nodiscard]] const std::vector<LinkPreview> &allLinkPreviews() const { return m_previews; }
    [[nodiscard]] const std::vector<Mention> &allMentions() const { return m_mentions; }

    /** Bytes held by the columns and the arena (for diagnostics). */
    [[nodiscard]] qsizetype memoryUsage() const;

    /** Direct column access for the binary snapshot cache. */
    friend class SnapshotCodec;

private:
    quint32 pushFixed(const MessageRecord &record);

    std::vector<qint64> m_id;
    std::vector<qint64> m_dateSent;
    std::vector<qint64> m_dateReceived;
    std::vector<qint32> m_thread;
    std::vector<qint64> m_sender;
    std::vector<quint8> m_kind;
    std::vector<quint8> m_direction;
    std::vector<quint32> m_flags;
    std::vector<qint64> m_quoteId;
    std::vector<qint64> m_quoteAuthor;
    std::vector<quint32> m_bodyOffset;
    std::vector<quint32> m_bodyLength;
    std::vector<quint32> m_quoteOffset;
    std::vector<quint32> m_quoteLength;
    QString m_arena;

    std::vector<Attachment> m_attachments;
    std::vector<Reaction> m_reactions;
    std::vector<LinkPreview> m_previews;
    std::vector<Mention> m_mentions;
};

} // namespace idiolect
