// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFacts.h"

#include "common/AsciiFind.h"

#include <QString>

#include <cstring>

namespace idiolect::textfacts {

bool hasNonSpace(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return true;
    }
    return false;
}

bool containsUrl(QStringView text)
{
    // "http" followed by "://" or "s://", case-insensitively: found from the ':' on.
    return asciifind::contains(text, u"http://", 4) || asciifind::contains(text, u"https://", 5);
}

Utf8Hints utf8Hints(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    Utf8Hints hints;
    hints.mayHaveUrl = bytes.size() > 0 && std::memchr(p, ':', size_t(end - p)) != nullptr;
    hints.mayHavePlaceholder = false;
    while (p < end) {
        const auto *lead = static_cast<const char *>(std::memchr(p, 0xEF, size_t(end - p)));
        if (lead == nullptr)
            break;
        if (end - lead >= 3 && quint8(lead[1]) == 0xBF && quint8(lead[2]) == 0xBC) {
            hints.mayHavePlaceholder = true;
            break;
        }
        p = lead + 1;
    }
    return hints;
}

} // namespace idiolect::textfacts
