// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf16.h"

#include <cstring>

namespace idiolect::utf16 {

bool hasNoSurrogates(QStringView text)
{
    constexpr quint64 kMask = 0xF800F800F800F800ULL;
    constexpr quint64 kSurrogate = 0xD800D800D800D800ULL;
    constexpr quint64 kOnes = 0x0001000100010001ULL;
    constexpr quint64 kHigh = 0x8000800080008000ULL;
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        quint64 word;
        std::memcpy(&word, units + i, sizeof(word));
        const quint64 y = (word & kMask) ^ kSurrogate; // a lane is 0 where a surrogate is
        if ((y - kOnes) & ~y & kHigh)
            return false;
    }
    for (; i < n; ++i) {
        if ((units[i] & 0xF800) == 0xD800)
            return false;
    }
    return true;
}

qsizetype repairLoneSurrogates(QChar *text, qsizetype size)
{
    qsizetype repaired = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (!text[i].isSurrogate())
            continue;
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            ++i; // a pair stays
            continue;
        }
        text[i] = QChar(QChar::ReplacementCharacter);
        ++repaired;
    }
    return repaired;
}

QString withoutLoneSurrogates(QStringView text)
{
    QString out = text.toString();
    if (!hasNoSurrogates(text))
        repairLoneSurrogates(out.data(), out.size());
    return out;
}

} // namespace idiolect::utf16
