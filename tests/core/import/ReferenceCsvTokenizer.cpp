// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CsvTokenizer of session 3 (before the block tokenizer), unchanged but for its name.
#include "ReferenceCsvTokenizer.h"

#include <QCoreApplication>

#include <QtAlgorithms>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace idiolect::test {

namespace {

/** Offset of the first ',' or '\n' in [from, n), or n; sixteen bytes per step. */
inline qsizetype findFieldEnd(const char *base, qsizetype from, qsizetype n)
{
    qsizetype scan = from;
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i newline = _mm_set1_epi8('\n');
    for (; scan + 16 <= n; scan += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(base + scan));
        const int mask
            = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, newline)));
        if (mask != 0)
            return scan + qCountTrailingZeroBits(quint32(mask));
    }
#endif
    for (; scan < n; ++scan) {
        const char c = base[scan];
        if (c == ',' || c == '\n')
            break;
    }
    return scan;
}

inline void put(std::vector<CsvField> &fields, size_t &count, const CsvField &field)
{
    if (count == fields.size()) [[unlikely]]
        fields.resize(count + 16);
    fields[count++] = field;
}

} // namespace

ReferenceCsvTokenizer::ReferenceCsvTokenizer(QByteArrayView data) : m_data(data)
{
    if (m_data.size() >= 3 && m_data.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_hadBom = true;
    }
}

ReferenceCsvTokenizer::Status ReferenceCsvTokenizer::fail(ErrorKind kind, qsizetype offset,
                                                          int field, const QString &message)
{
    m_errorKind = kind;
    m_errorOffset = offset;
    m_errorField = field;
    m_errorMessage = message;
    return Status::Error;
}

ReferenceCsvTokenizer::Status ReferenceCsvTokenizer::next(std::vector<CsvField> &fields)
{
    // Fields are stored by index into the vector kept from the last record (no push_back per
    // field); it is cut to this record's count at the end.
    size_t count = 0;
    const Status status = scan(fields, count);
    fields.resize(count);
    return status;
}

ReferenceCsvTokenizer::Status ReferenceCsvTokenizer::scan(std::vector<CsvField> &fields,
                                                          size_t &count)
{
    if (m_errorOffset >= 0)
        return Status::Error;
    const char *const base = m_data.data();
    const qsizetype n = m_data.size();
    if (m_pos >= n)
        return Status::End;

    m_recordOffset = m_pos;
    qsizetype pos = m_pos;
    while (true) {
        CsvField field;
        if (pos < n && base[pos] == '"') {
            // Quoted field: find the closing quote, skipping "" pairs.
            field.quoted = true;
            field.offset = pos + 1;
            qsizetype scan = pos + 1;
            while (true) {
                const void *hit
                    = scan < n ? std::memchr(base + scan, '"', size_t(n - scan)) : nullptr;
                if (!hit) {
                    m_pos = n;
                    return fail(ErrorKind::UnterminatedQuote, pos, int(count) + 1,
                                QCoreApplication::translate(
                                    "idiolect",
                                    "The file ends inside a quoted field that starts here; the "
                                    "export is probably truncated."));
                }
                const qsizetype q = static_cast<const char *>(hit) - base;
                if (q + 1 < n && base[q + 1] == '"') {
                    field.hasEscapes = true;
                    scan = q + 2;
                    continue;
                }
                field.length = q - field.offset;
                pos = q + 1;
                break;
            }
            put(fields, count, field);
            if (pos >= n) {
                m_pos = n;
                return Status::Record;
            }
            const char c = base[pos];
            if (c == ',') {
                ++pos;
                continue;
            }
            if (c == '\n') {
                m_pos = pos + 1;
                return Status::Record;
            }
            if (c == '\r' && m_crlf && pos + 1 < n && base[pos + 1] == '\n') {
                m_pos = pos + 2;
                return Status::Record;
            }
            m_pos = n;
            return fail(ErrorKind::TextAfterQuote, pos, int(count),
                        QCoreApplication::translate(
                            "idiolect",
                            "Unexpected character after a closing quote; expected a "
                            "comma or the end of the line."));
        }

        // Unquoted field: runs to the next ',' or '\n'. A bare CR is content.
        field.offset = pos;
        const qsizetype scan = findFieldEnd(base, pos, n);
        field.length = scan - pos;
        if (scan < n && base[scan] == '\n' && m_crlf && field.length > 0 && base[scan - 1] == '\r')
            --field.length;
        put(fields, count, field);
        if (scan >= n) {
            m_pos = n;
            return Status::Record;
        }
        if (base[scan] == '\n') {
            m_pos = scan + 1;
            return Status::Record;
        }
        pos = scan + 1; // after ','
        if (pos >= n) {
            // "a,b," at end of input without newline: one more empty field.
            put(fields, count, CsvField{pos, 0, false, false});
            m_pos = n;
            return Status::Record;
        }
    }
}

} // namespace idiolect::test
