// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Importer.h"

#include <QCoreApplication>

namespace idiolect {

/**
 * @brief Imports a folder of CSV files written by signalbackup-tools --exportcsv.
 *
 * Every *.csv file in the folder is identified by its header columns; the
 * tables are read in dependency order. A file that is not CSV is skipped
 * with a warning unless it is the only candidate for the message table.
 */
class SignalCsvImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(SignalCsvImporter)

public:
    [[nodiscard]] ExportFormat format() const override { return ExportFormat::SignalCsv; }
    [[nodiscard]] Expected<std::shared_ptr<ChatExport>> run(const ImportOptions &options,
                                                            JobContext &job) override;
};

} // namespace idiolect
