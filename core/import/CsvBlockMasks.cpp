// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvBlockMasks.h"

#include <cstring>

namespace idiolect {

CsvBlockMasks CsvBlockMasks::classifyPadded(const char *bytes, qsizetype size)
{
    char padded[Size] = {};
    if (size > 0)
        std::memcpy(padded, bytes, size_t(size));
    return classifyFull(padded);
}

CsvBlockMasks CsvBlockMasks::classifyScalar(const char *bytes, qsizetype size)
{
    CsvBlockMasks masks;
    for (qsizetype i = 0; i < size; ++i) {
        const quint64 bit = quint64(1) << i;
        switch (bytes[i]) {
        case '\n':
            masks.newlines |= bit;
            masks.separators |= bit;
            break;
        case ',': masks.separators |= bit; break;
        case '"': masks.quotes |= bit; break;
        default: break;
        }
    }
    return masks;
}

} // namespace idiolect
