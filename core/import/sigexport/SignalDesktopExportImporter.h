// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <QByteArray>
#include <QCoreApplication>

namespace idiolect {

/**
 * @brief Imports the output of signal-export (`sigexport`) for Signal Desktop.
 *
 * Accepts the output folder (every sub-folder with a data.json is a chat),
 * one conversation folder, or a data.json file. data.json is JSON Lines with
 * naive local times, converted with ImportOptions::localZone (the zone of the
 * computer that ran signal-export). Conversations are read in parallel and
 * added in folder-name order, so the result does not depend on timing. See
 * docs/import.md, "signal-export (Signal Desktop)".
 */
class SignalDesktopExportImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(SignalDesktopExportImporter)

public:
    [[nodiscard]] ExportFormat format() const override { return ExportFormat::SignalDesktopExport; }
    [[nodiscard]] Expected<std::shared_ptr<ChatExport>> run(const ImportOptions &options,
                                                            JobContext &job) override;

    /**
     * Pure entry point for tests and fuzzing: one conversation's data.json
     * bytes, named @p folder. Nothing on disk is read.
     */
    static Expected<std::shared_ptr<ChatExport>>
    parseBytes(const QByteArray &dataJson, const QString &folder, const ImportOptions &options);
};

} // namespace idiolect
