// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFacts.h"

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
    qsizetype from = 0;
    while (true) {
        const qsizetype i = text.indexOf(u"http", from, Qt::CaseInsensitive);
        if (i < 0)
            return false;
        const QStringView rest = text.mid(i + 4);
        if (rest.startsWith(u"://") || rest.startsWith(u"s://", Qt::CaseInsensitive))
            return true;
        from = i + 4;
    }
}

} // namespace idiolect::textfacts
