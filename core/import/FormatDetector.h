// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"
#include "model/ChatExport.h"

#include <QCoreApplication>

namespace idiolect {

/**
 * @brief Decides which export format a folder or file is, by looking inside.
 *
 * Folder: main.jsonl → Signal plaintext export; database.sqlite → decrypted
 * database; *.csv → signalbackup-tools CSV; data.json in it or in its
 * sub-folders → signal-export. File: SQLite magic, ZIP with main.jsonl, a
 * JSON Lines file whose first line is a backup header, data.json, or a .csv
 * (whose folder is then read).
 */
class FormatDetector final
{
    Q_DECLARE_TR_FUNCTIONS(FormatDetector)

public:
    static Expected<ExportFormat> detect(const QString &path);
};

} // namespace idiolect
