// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Importer.h"

#include <QCoreApplication>

namespace idiolect {

/**
 * @brief Imports a decrypted Signal database (signalbackup-tools -o DIR / --onlydb).
 *
 * Reads database.sqlite read-only through Qt SQL and, when the folder has
 * them, the full text of long messages from Attachment_<id>_<unique>.bin.
 * Tables are found by name and confirmed by their columns.
 */
class SignalSqliteImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(SignalSqliteImporter)

public:
    [[nodiscard]] ExportFormat format() const override { return ExportFormat::SignalSqlite; }
    [[nodiscard]] Expected<std::shared_ptr<ChatExport>> run(const ImportOptions &options,
                                                            JobContext &job) override;

    /** The database file for a folder or file path. */
    static QString databasePath(const QString &path);
};

} // namespace idiolect
