// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QtAlgorithms>

#include <charconv>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace idiolect {

namespace {

/**
 * Copies the leading run of plain ASCII (0x20..0x7F except '"' and '\\', which JSON
 * takes verbatim) from @p s to @p p, eight UTF-16 units per step; returns the units copied.
 * Stops at the first other unit; the caller escapes or encodes from there. May write up to
 * eight bytes past the run (never past p + 8 * (n / 8)).
 */
inline qsizetype copyPlainAscii(const char16_t *s, qsizetype n, char *p)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i del = _mm_set1_epi16(0x7F);
    const __m128i quote = _mm_set1_epi16('"');
    const __m128i backslash = _mm_set1_epi16('\\');
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        // Signed compares: units >= 0x8000 are negative, so "< 0x20" catches them too.
        const __m128i bad
            = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(v, space), _mm_cmpgt_epi16(v, del)),
                           _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash)));
        // All eight bytes are stored; only those before the first other unit count.
        _mm_storel_epi64(reinterpret_cast<__m128i *>(p + i), _mm_packus_epi16(v, v));
        if (const int mask = _mm_movemask_epi8(bad); mask != 0)
            return i + qCountTrailingZeroBits(quint32(mask)) / 2;
    }
#else
    Q_UNUSED(s);
    Q_UNUSED(n);
    Q_UNUSED(p);
#endif
    return i;
}

} // namespace

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first.pop_back();
}

void JsonWriter::key(const char *key)
{
    // The comma, the quoted key and the colon in one append: this runs for every member.
    const size_t n = std::strlen(key);
    bool comma = false; // what separate() would append, written here with the key
    if (m_afterKey) {
        m_afterKey = false;
    } else if (!m_first.empty()) {
        comma = !m_first.back();
        m_first.back() = false;
    }
    const qsizetype start = m_out.size();
    m_out.resize(start + qsizetype(n) + 4);
    char *p = m_out.data() + start;
    if (comma)
        *p++ = ',';
    *p++ = '"';
    std::memcpy(p, key, n);
    p += n;
    *p++ = '"';
    *p++ = ':';
    m_out.resize(p - m_out.constData());
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendString(m_out, text);
}

void JsonWriter::value(const char *asciiText)
{
    separate();
    const size_t n = std::strlen(asciiText);
    const qsizetype start = m_out.size();
    m_out.resize(start + 2 * qsizetype(n) + 2);
    char *p = m_out.data() + start;
    *p++ = '"';
    for (size_t i = 0; i < n; ++i) {
        const char c = asciiText[i];
        if (c == '"' || c == '\\')
            *p++ = '\\';
        *p++ = c;
    }
    *p++ = '"';
    m_out.resize(p - m_out.constData());
}

void JsonWriter::value(qint64 number)
{
    separate();
    // Digits straight into the output: QByteArray::append of a small buffer costs more than
    // the conversion.
    const qsizetype start = m_out.size();
    m_out.resize(start + 24);
    char *p = m_out.data() + start;
    const auto result = std::to_chars(p, p + 24, number);
    m_out.resize(result.ptr - m_out.constData());
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out.append("null", 4);
        return;
    }
    const qsizetype start = m_out.size();
    m_out.resize(start + 42);
    char *p = m_out.data() + start;
    const auto result = std::to_chars(p, p + 40, number);
    char *end = result.ptr;
    const auto n = size_t(end - p);
    if (!std::memchr(p, '.', n) && !std::memchr(p, 'e', n)) {
        *end++ = '.';
        *end++ = '0';
    }
    m_out.resize(end - m_out.constData());
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: null(); return;
    case QJsonValue::Bool: value(json.toBool()); return;
    case QJsonValue::Double: {
        const double d = json.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15)
            value(qint64(d));
        else
            value(d);
        return;
    }
    case QJsonValue::String: value(QStringView(json.toString())); return;
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue &v : json.toArray())
            value(v);
        endArray();
        return;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = json.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            separate();
            appendString(m_out, it.key());
            m_out.append(':');
            m_afterKey = true;
            value(it.value());
        }
        endObject();
        return;
    }
    }
}

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const qsizetype n = text.size();
    const qsizetype start = out.size();
    // Worst case: 6 bytes per UTF-16 unit (\u00XX) plus the quotes.
    out.resize(start + n * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    const char16_t *s = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        if (const qsizetype plain = copyPlainAscii(s + i, n - i, p); plain > 0) {
            p += plain;
            i += plain;
            if (i >= n)
                break;
        }
        char32_t c = s[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = char(c);
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case '\n': *p++ = 'n'; break;
            case '\r': *p++ = 'r'; break;
            case '\t': *p++ = 't'; break;
            case '\b': *p++ = 'b'; break;
            case '\f': *p++ = 'f'; break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 0xF];
            }
            continue;
        }
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (char32_t(s[i + 1]) - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        } else {
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
    *p++ = '"';
    out.resize(p - out.data());
}

} // namespace idiolect
