// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <QByteArray>
#include <QCoreApplication>

namespace idiolect {

/**
 * @brief Imports Signal Android's own plaintext chat export (main.jsonl).
 *
 * Accepts the export folder (`main.jsonl`, `metadata.json`, `files/`),
 * `main.jsonl` on its own (its folder's `files/` is used if present), or a ZIP
 * of the same entries, also inside one top-level folder. The file is streamed
 * line by line; memory grows with the model, not the file. Image files inside
 * a ZIP are unpacked into the cache so Attachment::localPath always points at
 * real bytes. See docs/import.md, "Signal's plaintext chat export".
 */
class SignalPlaintextImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(SignalPlaintextImporter)

public:
    [[nodiscard]] ExportFormat format() const override { return ExportFormat::SignalPlaintext; }
    [[nodiscard]] Expected<std::shared_ptr<ChatExport>> run(const ImportOptions &options,
                                                            JobContext &job) override;

    /**
     * Pure entry point for tests and fuzzing: @p bytes is either main.jsonl
     * or a ZIP holding it. Nothing on disk is read or written.
     */
    static Expected<std::shared_ptr<ChatExport>> parseBytes(const QByteArray &bytes,
                                                            const ImportOptions &options);
};

} // namespace idiolect
