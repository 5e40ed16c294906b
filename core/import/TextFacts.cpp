// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFacts.h"

#include "common/AsciiFind.h"

#include <QString>

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

} // namespace idiolect::textfacts
