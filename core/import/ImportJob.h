// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportOptions.h"
#include "common/Expected.h"
#include "model/ChatExport.h"

#include <memory>

namespace idiolect {

class Importer;
class JobContext;
enum class SnapshotStatus : quint8;

/**
 * @brief The import job: detect the format, run its importer, return the model.
 *
 * Runs on any thread; the GUI starts it with QtConcurrent and the CLI calls
 * it directly. Progress is (done, total) in importer units; cancel through
 * the JobContext. With ImportOptions::useCache the export is loaded from its
 * snapshot when one is current (SnapshotCache), and a fresh import writes one.
 */
class ImportJob final
{
public:
    static Expected<ChatExportPtr> run(const ImportOptions &options, JobContext &job);
    /** Like run(); *cache tells what the snapshot lookup found (Missing without useCache). */
    static Expected<ChatExportPtr> run(const ImportOptions &options, JobContext &job,
                                       SnapshotStatus *cache);

    /** The importer for a format, or nullptr if this build cannot read it. */
    static std::unique_ptr<Importer> importerFor(ExportFormat format);
};

} // namespace idiolect
