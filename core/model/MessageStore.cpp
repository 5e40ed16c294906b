// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageStore.h"

#include "common/ComputePool.h"
#include "common/Utf16.h"
#include "common/Utf8.h"

#include <QFuture>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace idiolect {

namespace {

template<typename T>
std::span<const T> rangeFor(const std::vector<T> &table, quint32 message)
{
    auto lower = std::lower_bound(table.begin(), table.end(), message,
                                  [](const T &item, quint32 m) { return item.message < m; });
    auto upper = lower;
    while (upper != table.end() && upper->message == message)
        ++upper;
    return std::span<const T>(table.data() + (lower - table.begin()), size_t(upper - lower));
}

template<typename T>
void sortByMessage(std::vector<T> &table)
{
    std::stable_sort(table.begin(), table.end(),
                     [](const T &a, const T &b) { return a.message < b.message; });
}

/** Grows the arena geometrically so appends stay amortised O(1). */
void ensureCapacity(QString &arena, qsizetype extra)
{
    const qsizetype needed = arena.size() + extra;
    if (needed > arena.capacity())
        arena.reserve(std::max(needed, arena.capacity() * 2));
}

/** Decodes UTF-8 into the arena; returns (offset, length) and reports invalid input. */
std::pair<quint32, quint32> appendDecoded(QString &arena, QByteArrayView bytes, bool *invalid)
{
    const auto offset = quint32(arena.size());
    if (bytes.isEmpty())
        return {offset, 0};
    ensureCapacity(arena, bytes.size());
    // Most chat text is ASCII: that run is widened as Latin-1 (vectorised, no decoder state);
    // the decoder takes the rest, which starts at a character boundary.
    const qsizetype ascii = utf8::asciiPrefix(bytes);
    arena.append(QLatin1StringView(bytes.first(ascii)));
    if (ascii < bytes.size()) {
        const QByteArrayView rest = bytes.sliced(ascii);
        const qsizetype old = arena.size();
        arena.resize(old + rest.size());
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless
                                   | QStringDecoder::Flag::ConvertInitialBom);
        QChar *begin = arena.data() + old;
        QChar *end = decoder.appendToBuffer(begin, rest);
        if (invalid && decoder.hasError())
            *invalid = true;
        arena.resize(old + (end - begin));
    }
    return {offset, quint32(arena.size() - qsizetype(offset))};
}

std::pair<quint32, quint32> appendView(QString &arena, QStringView text)
{
    const auto offset = quint32(arena.size());
    if (!text.isEmpty()) {
        ensureCapacity(arena, text.size());
        arena.append(text);
    }
    return {offset, quint32(text.size())};
}

} // namespace

void MessageStore::reserve(qsizetype messages, qsizetype textUnits)
{
    const auto n = size_t(messages);
    m_id.reserve(n);
    m_dateSent.reserve(n);
    m_dateReceived.reserve(n);
    m_thread.reserve(n);
    m_sender.reserve(n);
    m_kind.reserve(n);
    m_direction.reserve(n);
    m_flags.reserve(n);
    m_quoteId.reserve(n);
    m_quoteAuthor.reserve(n);
    m_bodyOffset.reserve(n);
    m_bodyLength.reserve(n);
    m_quoteOffset.reserve(n);
    m_quoteLength.reserve(n);
    m_arena.reserve(textUnits);
}

quint32 MessageStore::pushFixed(const MessageRecord &r)
{
    const auto index = quint32(m_id.size());
    m_id.push_back(r.id);
    m_dateSent.push_back(r.dateSent);
    m_dateReceived.push_back(r.dateReceived);
    m_thread.push_back(r.thread);
    m_sender.push_back(r.senderId);
    m_kind.push_back(quint8(r.kind));
    m_direction.push_back(quint8(r.direction));
    m_flags.push_back(r.flags);
    m_quoteId.push_back(r.quoteId);
    m_quoteAuthor.push_back(r.quoteAuthorId);
    return index;
}

quint32 MessageStore::append(const MessageRecord &record, QStringView body, QStringView quoteBody,
                             qsizetype *loneSurrogates)
{
    const quint32 index = pushFixed(record);
    const auto [bo, bl] = appendView(m_arena, body);
    m_bodyOffset.push_back(bo);
    m_bodyLength.push_back(bl);
    const auto [qo, ql] = appendView(m_arena, quoteBody);
    m_quoteOffset.push_back(qo);
    m_quoteLength.push_back(ql);
    if (!utf16::hasNoSurrogates(body) || !utf16::hasNoSurrogates(quoteBody)) {
        // Emoji are surrogate pairs and stay; only the unpaired ones are repaired, in the arena.
        const qsizetype repaired = utf16::repairLoneSurrogates(m_arena.data() + bo, bl)
            + utf16::repairLoneSurrogates(m_arena.data() + qo, ql);
        if (loneSurrogates)
            *loneSurrogates += repaired;
    }
    return index;
}

quint32 MessageStore::appendUtf8(const MessageRecord &record, QByteArrayView body,
                                 QByteArrayView quoteBody, bool *invalidUtf8)
{
    const quint32 index = pushFixed(record);
    const auto [bo, bl] = appendDecoded(m_arena, body, invalidUtf8);
    m_bodyOffset.push_back(bo);
    m_bodyLength.push_back(bl);
    const auto [qo, ql] = appendDecoded(m_arena, quoteBody, invalidUtf8);
    m_quoteOffset.push_back(qo);
    m_quoteLength.push_back(ql);
    return index;
}

namespace {

/** Room for @p extra more items, growing geometrically (many parts must not copy O(n²)). */
template<typename T>
void reserveMore(std::vector<T> &v, size_t extra)
{
    const size_t needed = v.size() + extra;
    if (needed > v.capacity())
        v.reserve(std::max(needed, v.capacity() * 2));
}

/** Appends @p from to @p to and frees @p from at once, so a join holds one column twice at most. */
template<typename T>
void appendColumn(std::vector<T> &to, std::vector<T> &from)
{
    reserveMore(to, from.size());
    to.insert(to.end(), from.begin(), from.end());
    std::vector<T>().swap(from);
}

template<typename T>
void appendShifted(std::vector<T> &to, std::vector<T> &from, quint32 shift)
{
    reserveMore(to, from.size());
    for (T &item : from) {
        item.message += shift;
        to.push_back(std::move(item));
    }
    std::vector<T>().swap(from);
}

void appendOffsets(std::vector<quint32> &to, std::vector<quint32> &from, quint32 shift)
{
    for (quint32 &v : from)
        v += shift;
    appendColumn(to, from);
}

} // namespace

void MessageStore::appendStore(MessageStore &&other)
{
    appendStoreTextLater(std::move(other)).waitForFinished();
}

QFuture<void> MessageStore::appendStoreTextLater(MessageStore &&other)
{
    if (m_id.empty() && m_arena.isEmpty() && m_attachments.empty() && m_reactions.empty()
        && m_previews.empty() && m_mentions.empty()) {
        *this = std::move(other);
        return QtFuture::makeReadyFuture();
    }
    const quint32 base = size();
    const auto textShift = quint32(m_arena.size());
    // The text is most of the bytes: it is copied on another thread meanwhile.
    QFuture<void> text = QtConcurrent::run(ComputePool::instance(),
                                           [this, from = std::move(other.m_arena)]() mutable {
                                               ensureCapacity(m_arena, from.size());
                                               m_arena.append(from);
                                               from = QString();
                                           });
    appendColumn(m_id, other.m_id);
    appendColumn(m_dateSent, other.m_dateSent);
    appendColumn(m_dateReceived, other.m_dateReceived);
    appendColumn(m_thread, other.m_thread);
    appendColumn(m_sender, other.m_sender);
    appendColumn(m_kind, other.m_kind);
    appendColumn(m_direction, other.m_direction);
    appendColumn(m_flags, other.m_flags);
    appendColumn(m_quoteId, other.m_quoteId);
    appendColumn(m_quoteAuthor, other.m_quoteAuthor);
    appendOffsets(m_bodyOffset, other.m_bodyOffset, textShift);
    appendColumn(m_bodyLength, other.m_bodyLength);
    appendOffsets(m_quoteOffset, other.m_quoteOffset, textShift);
    appendColumn(m_quoteLength, other.m_quoteLength);
    appendShifted(m_attachments, other.m_attachments, base);
    appendShifted(m_reactions, other.m_reactions, base);
    appendShifted(m_previews, other.m_previews, base);
    appendShifted(m_mentions, other.m_mentions, base);
    return text;
}

QStringView MessageStore::body(quint32 i) const
{
    return QStringView(m_arena).mid(m_bodyOffset[i], m_bodyLength[i]);
}

QStringView MessageStore::quoteBody(quint32 i) const
{
    return QStringView(m_arena).mid(m_quoteOffset[i], m_quoteLength[i]);
}

void MessageStore::replaceBody(quint32 i, QStringView body)
{
    const auto [offset, length] = appendView(m_arena, body);
    m_bodyOffset[i] = offset;
    m_bodyLength[i] = length;
}

namespace {

/** v * factor, saturated: a date that is absurd already stays absurd instead of wrapping. */
qint64 scaled(qint64 v, qint64 factor)
{
    qint64 out = 0;
    if (!qMulOverflow(v, factor, &out))
        return out;
    return (v < 0) != (factor < 0) ? std::numeric_limits<qint64>::min()
                                   : std::numeric_limits<qint64>::max();
}

} // namespace

void MessageStore::scaleTimestamps(qint64 factor)
{
    for (qint64 &v : m_dateSent)
        v = scaled(v, factor);
    for (qint64 &v : m_dateReceived)
        v = scaled(v, factor);
    for (qint64 &v : m_quoteId) {
        if (v > 0)
            v = scaled(v, factor);
    }
    for (Reaction &r : m_reactions)
        r.dateSent = scaled(r.dateSent, factor);
}

void MessageStore::finalize()
{
    sortByMessage(m_attachments);
    sortByMessage(m_reactions);
    sortByMessage(m_previews);
    sortByMessage(m_mentions);
    m_arena.squeeze();
}

std::span<const Attachment> MessageStore::attachments(quint32 i) const
{
    return rangeFor(m_attachments, i);
}
std::span<const Reaction> MessageStore::reactions(quint32 i) const
{
    return rangeFor(m_reactions, i);
}
std::span<const LinkPreview> MessageStore::linkPreviews(quint32 i) const
{
    return rangeFor(m_previews, i);
}
std::span<const Mention> MessageStore::mentions(quint32 i) const
{
    return rangeFor(m_mentions, i);
}

qsizetype MessageStore::memoryUsage() const
{
    const size_t n = m_id.capacity();
    size_t bytes = n * (8 * 6 + 4 + 1 + 1 + 4 + 4 * 4);
    bytes += size_t(m_arena.capacity()) * 2;
    bytes += m_attachments.capacity() * sizeof(Attachment);
    bytes += m_reactions.capacity() * sizeof(Reaction);
    bytes += m_previews.capacity() * sizeof(LinkPreview);
    bytes += m_mentions.capacity() * sizeof(Mention);
    return qsizetype(bytes);
}

} // namespace idiolect
