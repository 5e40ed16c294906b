// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QStringList>

namespace idiolect {

/** The built-in stop words left out of most_common_words (English and German, lower case). */
class StopWords final
{
public:
    static QStringList defaults();
    /** @p custom if not empty, else defaults(), as a set. */
    static QSet<QString> resolve(const QStringList &custom);
};

} // namespace idiolect
