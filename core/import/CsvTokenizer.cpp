// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTokenizer.h"

#include "CsvBlockMasks.h"

#include <QCoreApplication>

#include <QtAlgorithms>

#include <algorithm>
#include <cstring>

namespace idiolect {

namespace {

constexpr qsizetype kBlockSize = CsvBlockMasks::Size;

QString unterminatedQuoteMessage()
{
    return QCoreApplication::translate("idiolect",
                                       "The file ends inside a quoted field that starts here; the "
                                       "export is probably truncated.");
}

QString textAfterQuoteMessage()
{
    return QCoreApplication::translate("idiolect",
                                       "Unexpected character after a closing quote; expected a "
                                       "comma or the end of the line.");
}

/** Makes room for more fields: @p out is where the next one goes; returns where it goes now. */
Q_NEVER_INLINE CsvField *grow(std::vector<CsvField> &fields, CsvField *out)
{
    const size_t used = size_t(out - fields.data());
    fields.resize(std::max<size_t>(16, used * 2));
    return fields.data() + used;
}

} // namespace

CsvTokenizer::CsvTokenizer(QByteArrayView data) : m_data(data)
{
    if (m_data.size() >= 3 && m_data.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_hadBom = true;
    }
}

CsvTokenizer::Status CsvTokenizer::fail(ErrorKind kind, qsizetype offset, int field,
                                        const QString &message)
{
    m_errorKind = kind;
    m_errorOffset = offset;
    m_errorField = field;
    m_errorMessage = message;
    return Status::Error;
}

Q_ALWAYS_INLINE CsvTokenizer::Block CsvTokenizer::blockAt(qsizetype offset) const
{
    Block block;
    block.start = offset & ~(kBlockSize - 1);
    const qsizetype next = block.start + kBlockSize;
    const qsizetype n = m_data.size();
    const CsvBlockMasks masks = CsvBlockMasks::classify(m_data.data() + block.start,
                                                        std::min(kBlockSize, n - block.start));
    // Separators before the offset are behind us.
    block.separators = masks.separators & (~quint64(0) << (offset - block.start));
    // Bit i of quotes >> 1 is set when byte i + 1 is '"'; for the last byte, look ahead.
    const bool quoteNext = next < n && m_data[next] == '"';
    block.stops = masks.newlines | (masks.quotes >> 1) | (quint64(quoteNext) << 63);
    return block;
}

CsvTokenizer::Status CsvTokenizer::next(std::vector<CsvField> &fields)
{
    const Scanned scanned = scan(fields);
    fields.resize(scanned.fields);
    return scanned.status;
}

CsvTokenizer::Scanned CsvTokenizer::scan(std::vector<CsvField> &fields)
{
    if (m_errorOffset >= 0)
        return {Status::Error, 0};
    const char *const base = m_data.data();
    const qsizetype n = m_data.size();
    if (m_pos >= n)
        return {Status::End, 0};

    // Fields go through a pointer into the vector kept from the last record, which grows only
    // when it is full (after the first record of a table it never is); next() cuts it.
    CsvField *out = fields.data();
    CsvField *outEnd = out + fields.size();
    const auto put = [&](const CsvField &field) {
        if (out == outEnd) [[unlikely]] {
            out = grow(fields, out);
            outEnd = fields.data() + fields.size();
        }
        *out++ = field;
    };
    const auto written = [&] { return size_t(out - fields.data()); };

    m_recordOffset = m_pos;
    qsizetype pos = m_pos; // start of the current field
    // Carry on with the masks of the last record unless seek() moved us.
    Block block = m_blockPos == pos ? m_block : blockAt(pos);
    while (true) {
        if (pos < n && base[pos] == '"') [[unlikely]] {
            const QuotedField quoted = scanQuoted(pos, int(written()) + 1);
            if (quoted.end == QuotedField::End::Unterminated)
                return {Status::Error, written()};
            put(quoted.field);
            if (quoted.end == QuotedField::End::TextAfterQuote)
                return {Status::Error, written()};
            if (quoted.end == QuotedField::End::Record)
                return {Status::Record, written()};
            pos = quoted.next;
            block = blockAt(pos);
            continue;
        }
        // Unquoted fields: each runs to the next separator, the lowest bit still set.
        while (true) {
            if (block.separators == 0) {
                if (block.start + kBlockSize >= n) {
                    // The last field runs to the end of the input ("a,b," ends with an empty one).
                    put(CsvField{pos, n - pos, false, false});
                    m_pos = n;
                    return {Status::Record, written()};
                }
                block = blockAt(block.start + kBlockSize);
                continue;
            }
            const int bit = qCountTrailingZeroBits(block.separators);
            const qsizetype end = block.start + bit;
            block.separators &= block.separators - 1;
            if ((block.stops >> bit) & 1) [[unlikely]] {
                if (base[end] == '\n') {
                    // In CRLF mode the CR before the record's LF is not content; a bare CR is.
                    const bool cr = m_crlf && end > pos && base[end - 1] == '\r';
                    put(CsvField{pos, end - pos - (cr ? 1 : 0), false, false});
                    m_pos = end + 1;
                    m_block = block;
                    m_blockPos = m_pos;
                    return {Status::Record, written()};
                }
                put(CsvField{pos, end - pos, false, false});
                pos = end + 1;
                break; // the next field starts with '"'
            }
            put(CsvField{pos, end - pos, false, false});
            pos = end + 1;
        }
    }
}

CsvTokenizer::QuotedField CsvTokenizer::scanQuoted(qsizetype open, int fieldNumber)
{
    // A quoted field runs to the next '"' that is not part of a "" pair.
    const char *const base = m_data.data();
    const qsizetype n = m_data.size();
    QuotedField quoted;
    quoted.field.offset = open + 1;
    quoted.field.quoted = true;
    qsizetype close = open + 1;
    while (true) {
        const void *hit = close < n ? std::memchr(base + close, '"', size_t(n - close)) : nullptr;
        if (!hit) {
            m_pos = n;
            fail(ErrorKind::UnterminatedQuote, open, fieldNumber, unterminatedQuoteMessage());
            quoted.end = QuotedField::End::Unterminated;
            return quoted;
        }
        close = static_cast<const char *>(hit) - base;
        if (close + 1 < n && base[close + 1] == '"') {
            quoted.field.hasEscapes = true;
            close += 2;
            continue;
        }
        break;
    }
    quoted.field.length = close - quoted.field.offset;
    const qsizetype after = close + 1;
    const char c = after < n ? base[after] : '\n'; // the end of the input ends the record
    if (c == ',') {
        quoted.next = after + 1;
        quoted.end = QuotedField::End::NextField;
    } else if (c == '\n' || (c == '\r' && m_crlf && after + 1 < n && base[after + 1] == '\n')) {
        m_pos = std::min(n, after + (c == '\n' ? 1 : 2));
        quoted.end = QuotedField::End::Record;
    } else {
        m_pos = n;
        fail(ErrorKind::TextAfterQuote, after, fieldNumber, textAfterQuoteMessage());
        quoted.end = QuotedField::End::TextAfterQuote;
    }
    return quoted;
}

QByteArrayView CsvTokenizer::content(const CsvField &field, QByteArray &scratch) const
{
    const QByteArrayView bytes = raw(field);
    if (!field.hasEscapes)
        return bytes;
    unescape(bytes, scratch);
    return QByteArrayView(scratch);
}

void CsvTokenizer::unescape(QByteArrayView raw, QByteArray &out)
{
    out.resize(raw.size());
    char *dst = out.data();
    const char *src = raw.data();
    const qsizetype n = raw.size();
    qsizetype j = 0;
    for (qsizetype i = 0; i < n; ++i) {
        dst[j++] = src[i];
        if (src[i] == '"' && i + 1 < n && src[i + 1] == '"')
            ++i;
    }
    out.resize(j);
}

qint64 CsvTokenizer::lineAt(qsizetype offset) const
{
    offset = qBound<qsizetype>(0, offset, m_data.size());
    if (offset < m_lineCacheOffset) {
        m_lineCacheOffset = 0;
        m_lineCacheLine = 1;
    }
    const char *p = m_data.data() + m_lineCacheOffset;
    const char *end = m_data.data() + offset;
    qint64 line = m_lineCacheLine;
    while (p < end) {
        const void *hit = std::memchr(p, '\n', size_t(end - p));
        if (!hit)
            break;
        ++line;
        p = static_cast<const char *>(hit) + 1;
    }
    m_lineCacheOffset = offset;
    m_lineCacheLine = line;
    return line;
}

qint64 CsvTokenizer::columnAt(qsizetype offset) const
{
    offset = qBound<qsizetype>(0, offset, m_data.size());
    qsizetype start = offset;
    while (start > 0 && m_data[start - 1] != '\n')
        --start;
    return offset - start + 1;
}

} // namespace idiolect
