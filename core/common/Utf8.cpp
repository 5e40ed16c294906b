// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8.h"

#include "ShortDecimal.h"

#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace idiolect::utf8 {

qsizetype firstInvalidByte(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII fast path: 8 bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        quint32 cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return i;
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    const QChar *p = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        // A low surrogate that follows a high surrogate does not start a new code point.
        if (p[i].isLowSurrogate() && i > 0 && p[i - 1].isHighSurrogate())
            continue;
        ++count;
    }
    return count;
}

qsizetype asciiPrefix(QByteArrayView bytes)
{
    const char *const p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        if (const int high = _mm_movemask_epi8(chunk); high != 0)
            return i + qCountTrailingZeroBits(quint32(high));
    }
#else
    for (; i + 8 <= n; i += 8) {
        quint64 word = 0;
        std::memcpy(&word, p + i, 8);
        if ((word & 0x8080808080808080ULL) != 0)
            break;
    }
#endif
    while (i < n && quint8(p[i]) < 0x80)
        ++i;
    return i;
}

bool parseInt64(QByteArrayView bytes, qint64 *out)
{
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    if (n == 0)
        return false;
    bool negative = false;
    qsizetype i = 0;
    if (p[0] == '-' || p[0] == '+') {
        negative = p[0] == '-';
        i = 1;
        if (n == 1)
            return false;
    }
    quint64 value = 0;
    if (n - i <= 18) {
        // Eighteen digits cannot overflow: no range check per digit.
        if (!decimal::digits(p + i, n - i, &value))
            return false;
        *out = negative ? -qint64(value) : qint64(value);
        return true;
    }
    constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
    for (; i < n; ++i) {
        const unsigned d = unsigned(p[i]) - unsigned('0');
        if (d > 9)
            return false;
        if (value > (limit + (negative ? 1 : 0) - d) / 10)
            return false;
        value = value * 10 + d;
    }
    *out = negative ? qint64(0 - value) : qint64(value);
    return true;
}

} // namespace idiolect::utf8
