// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AsciiFind.h"

#include <QChar>

namespace idiolect::asciifind {

qsizetype indexOf(QStringView text, QStringView lowerNeedle, qsizetype anchor, qsizetype from)
{
    const qsizetype n = lowerNeedle.size();
    Q_ASSERT(anchor >= 0 && anchor < n);
    const QChar mark = lowerNeedle[anchor];
    qsizetype at = from + anchor;
    while (at < text.size()) {
        at = text.indexOf(mark, at);
        if (at < 0)
            return -1;
        const qsizetype start = at - anchor;
        if (start >= from && start + n <= text.size()) {
            qsizetype k = 0;
            for (; k < n; ++k) {
                const QChar c = text[start + k];
                if (c != lowerNeedle[k] && c.toCaseFolded() != lowerNeedle[k])
                    break;
            }
            if (k == n)
                return start;
        }
        ++at;
    }
    return -1;
}

} // namespace idiolect::asciifind
