// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"

#include <QStringList>

namespace idiolect {

/**
 * @brief Reads the user's name and keyword lists: UTF-8 text, one entry per line.
 *
 * Blank lines and lines starting with '#' are skipped, entries are trimmed and
 * de-duplicated (first occurrence wins). Errors name the file and, for bad
 * UTF-8, the line.
 */
class WordListFile final
{
public:
    static Expected<QStringList> read(const QString &path);
    static QStringList parse(QStringView text);
};

} // namespace idiolect
