// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtEndian>
#include <QtGlobal>

/**
 * The integer cells of a Signal export — ids, millisecond dates, type bitmasks — are short
 * decimal numbers, a dozen per message. These read them eight digits at a time with plain
 * 64-bit arithmetic instead of one digit per step: a 13-digit date costs two steps and five
 * digits, not thirteen. Header-only so the import's hot loop can inline them.
 */
namespace idiolect::decimal {

/**
 * The eight ASCII digits at @p p (the first most significant) as a number, or -1 when one
 * of the bytes is not a digit. Reads exactly eight bytes.
 */
Q_ALWAYS_INLINE qint64 eightDigits(const char *p)
{
    const quint64 bytes = qFromLittleEndian<quint64>(p);
    // A byte below '0' sets its top bit in the difference, one above '9' in the sum; carries
    // and borrows only ever start at such a byte, so all bytes are digits iff no top bit is set.
    const quint64 digits = bytes - 0x3030303030303030ULL;
    if (((bytes + 0x4646464646464646ULL) | digits) & 0x8080808080808080ULL)
        return -1;
    // Byte i becomes 10·d(i) + d(i+1): the even bytes hold the four two-digit pairs ...
    const quint64 pairs = digits * 10 + (digits >> 8);
    // ... which two multiplications weigh by 10^6, 10^4, 10^2 and 1 into bits 32..63.
    constexpr quint64 kMask = 0x000000FF000000FFULL;
    const quint64 high = (pairs & kMask) * (100 + (1000000ULL << 32));
    const quint64 low = ((pairs >> 16) & kMask) * (1 + (10000ULL << 32));
    return qint64((high + low) >> 32);
}

/**
 * Reads the @p n bytes at @p p (n ≤ 18) as decimal digits only into @p out. False —
 * *out untouched — if one is not a digit. Eighteen digits cannot overflow.
 */
Q_ALWAYS_INLINE bool digits(const char *p, qsizetype n, quint64 *out)
{
    Q_ASSERT(n <= 18);
    quint64 value = 0;
    qsizetype i = 0;
    for (; n - i >= 8; i += 8) {
        const qint64 eight = eightDigits(p + i);
        if (eight < 0)
            return false;
        value = value * 100000000ULL + quint64(eight);
    }
    for (; i < n; ++i) {
        const unsigned d = unsigned(p[i]) - unsigned('0');
        if (d > 9)
            return false;
        value = value * 10 + d;
    }
    *out = value;
    return true;
}

/**
 * Reads @p n bytes at @p p (n ≤ 18) as an optional '-' and one or more decimal digits.
 * False — *out untouched — for anything else ('+', spaces, fractions, empty); callers then
 * take a general parser (utf8::parseInt64).
 */
Q_ALWAYS_INLINE bool parseShort(const char *p, qsizetype n, qint64 *out)
{
    const bool negative = n > 0 && p[0] == '-';
    const qsizetype sign = negative ? 1 : 0;
    quint64 value = 0;
    if (n <= sign || !digits(p + sign, n - sign, &value))
        return false;
    *out = negative ? -qint64(value) : qint64(value);
    return true;
}

} // namespace idiolect::decimal
