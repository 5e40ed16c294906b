// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SnapshotCodec: the MessageStore (columns, arena, side tables) and its validation.
#include "ByteReader.h"
#include "ByteWriter.h"
#include "SnapshotCodec.h"
#include "model/MessageStore.h"

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

template<typename T>
bool sortedByMessage(const std::vector<T> &table, quint32 messages)
{
    quint32 previous = 0;
    for (const T &item : table) {
        if (item.message >= messages || item.message < previous)
            return false;
        previous = item.message;
    }
    return true;
}

template<typename T, typename Fn>
bool readTable(ByteReader &in, std::vector<T> &table, Fn readOne)
{
    const auto count = in.value<quint64>();
    if (!in.fits(count, 8))
        return in.fail();
    table.resize(size_t(count));
    for (T &item : table)
        readOne(item);
    return in.ok();
}

bool inArena(quint32 offset, quint32 length, qsizetype arena)
{
    return quint64(offset) + length <= quint64(arena);
}

} // namespace

void SnapshotCodec::encodeStore(const MessageStore &s, ByteWriter &out)
{
    out.column(s.m_id);
    out.column(s.m_dateSent);
    out.column(s.m_dateReceived);
    out.column(s.m_thread);
    out.column(s.m_sender);
    out.column(s.m_kind);
    out.column(s.m_direction);
    out.column(s.m_flags);
    out.column(s.m_quoteId);
    out.column(s.m_quoteAuthor);
    out.column(s.m_bodyOffset);
    out.column(s.m_bodyLength);
    out.column(s.m_quoteOffset);
    out.column(s.m_quoteLength);
    out.value(quint64(s.m_arena.size()));
    out.raw(s.m_arena.constData(), size_t(s.m_arena.size()) * sizeof(QChar));

    out.value(quint64(s.m_attachments.size()));
    for (const Attachment &a : s.m_attachments) {
        out.value(a.message);
        out.value(a.id);
        out.value(a.uniqueId);
        for (const QString *text :
             {&a.contentType, &a.fileName, &a.localPath, &a.caption, &a.plaintextHash})
            out.string(*text);
        out.value(a.size);
        out.value(qint32(a.width));
        out.value(qint32(a.height));
        out.boolean(a.voiceNote);
        out.boolean(a.sticker);
    }
    out.value(quint64(s.m_reactions.size()));
    for (const Reaction &r : s.m_reactions) {
        out.value(r.message);
        out.value(r.authorId);
        out.string(r.emoji);
        out.value(r.dateSent);
    }
    out.value(quint64(s.m_previews.size()));
    for (const LinkPreview &p : s.m_previews) {
        out.value(p.message);
        out.string(p.url);
        out.string(p.title);
        out.string(p.description);
        out.value(p.date);
    }
    out.value(quint64(s.m_mentions.size()));
    for (const Mention &m : s.m_mentions) {
        out.value(m.message);
        out.value(m.recipientId);
        out.value(m.start);
        out.value(m.length);
    }
}

bool SnapshotCodec::decodeStore(ByteReader &in, MessageStore &s, QString *why)
{
    const auto failed = [&](const QString &reason) {
        *why = reason;
        return in.fail();
    };
    in.column(s.m_id);
    in.column(s.m_dateSent);
    in.column(s.m_dateReceived);
    in.column(s.m_thread);
    in.column(s.m_sender);
    in.column(s.m_kind);
    in.column(s.m_direction);
    in.column(s.m_flags);
    in.column(s.m_quoteId);
    in.column(s.m_quoteAuthor);
    in.column(s.m_bodyOffset);
    in.column(s.m_bodyLength);
    in.column(s.m_quoteOffset);
    in.column(s.m_quoteLength);
    const auto arenaSize = in.value<quint64>();
    if (!in.fits(arenaSize, sizeof(QChar)))
        return failed(u"message columns or text arena"_s);
    const QByteArrayView arena = in.bytes(qsizetype(arenaSize * sizeof(QChar)));
    s.m_arena = QString(qsizetype(arenaSize), Qt::Uninitialized);
    if (arenaSize > 0)
        std::memcpy(s.m_arena.data(), arena.data(), size_t(arena.size()));

    const size_t n = s.m_id.size();
    for (size_t size : {s.m_dateSent.size(), s.m_dateReceived.size(), s.m_thread.size(),
                        s.m_sender.size(), s.m_kind.size(), s.m_direction.size(), s.m_flags.size(),
                        s.m_quoteId.size(), s.m_quoteAuthor.size(), s.m_bodyOffset.size(),
                        s.m_bodyLength.size(), s.m_quoteOffset.size(), s.m_quoteLength.size()}) {
        if (size != n)
            return failed(u"message columns differ in length"_s);
    }
    if (n > std::numeric_limits<quint32>::max())
        return failed(u"too many messages"_s);
    for (size_t i = 0; i < n; ++i) {
        if (s.m_kind[i] >= kMessageKindCount || s.m_direction[i] > quint8(Direction::None))
            return failed(u"unknown message kind or direction"_s);
        if (!inArena(s.m_bodyOffset[i], s.m_bodyLength[i], s.m_arena.size())
            || !inArena(s.m_quoteOffset[i], s.m_quoteLength[i], s.m_arena.size()))
            return failed(u"text range outside the arena"_s);
    }

    const bool tables
        = readTable(in, s.m_attachments,
                    [&](Attachment &a) {
                        a.message = in.value<quint32>();
                        a.id = in.value<qint64>();
                        a.uniqueId = in.value<qint64>();
                        for (QString *text : {&a.contentType, &a.fileName, &a.localPath, &a.caption,
                                              &a.plaintextHash})
                            *text = in.string();
                        a.size = in.value<qint64>();
                        a.width = in.value<qint32>();
                        a.height = in.value<qint32>();
                        a.voiceNote = in.boolean();
                        a.sticker = in.boolean();
                    })
        && readTable(in, s.m_reactions,
                     [&](Reaction &r) {
                         r.message = in.value<quint32>();
                         r.authorId = in.value<qint64>();
                         r.emoji = in.string();
                         r.dateSent = in.value<qint64>();
                     })
        && readTable(in, s.m_previews,
                     [&](LinkPreview &p) {
                         p.message = in.value<quint32>();
                         p.url = in.string();
                         p.title = in.string();
                         p.description = in.string();
                         p.date = in.value<qint64>();
                     })
        && readTable(in, s.m_mentions, [&](Mention &m) {
               m.message = in.value<quint32>();
               m.recipientId = in.value<qint64>();
               m.start = in.value<qint32>();
               m.length = in.value<qint32>();
           });
    const auto count = quint32(n);
    if (!tables || !sortedByMessage(s.m_attachments, count)
        || !sortedByMessage(s.m_reactions, count) || !sortedByMessage(s.m_previews, count)
        || !sortedByMessage(s.m_mentions, count))
        return failed(u"side table of attachments, reactions, previews or mentions"_s);
    for (const Mention &m : s.m_mentions) {
        if (m.start < 0 || m.length < 0
            || quint64(m.start) + quint64(m.length) > s.m_bodyLength[m.message])
            return failed(u"mention outside its message"_s);
    }
    return true;
}

} // namespace idiolect
