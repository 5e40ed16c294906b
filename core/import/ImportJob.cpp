// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportJob.h"

#include "FormatDetector.h"
#include "SignalCsvImporter.h"
#include "SignalSqliteImporter.h"
#include "common/JobContext.h"
#include "plaintext/SignalPlaintextImporter.h"
#include "sigexport/SignalDesktopExportImporter.h"
#include "snapshot/SnapshotCache.h"

#include <QCoreApplication>

namespace idiolect {

std::unique_ptr<Importer> ImportJob::importerFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::SignalCsv: return std::make_unique<SignalCsvImporter>();
    case ExportFormat::SignalSqlite: return std::make_unique<SignalSqliteImporter>();
    case ExportFormat::SignalPlaintext: return std::make_unique<SignalPlaintextImporter>();
    case ExportFormat::SignalDesktopExport: return std::make_unique<SignalDesktopExportImporter>();
    case ExportFormat::Unknown: return nullptr;
    }
    return nullptr;
}

Expected<ChatExportPtr> ImportJob::run(const ImportOptions &options, JobContext &job)
{
    return run(options, job, nullptr);
}

Expected<ChatExportPtr> ImportJob::run(const ImportOptions &options, JobContext &job,
                                       SnapshotStatus *cache)
{
    if (cache)
        *cache = SnapshotStatus::Missing;
    const auto format = FormatDetector::detect(options.path);
    if (!format)
        return format.error();
    if (options.useCache) {
        SnapshotLoad snapshot = SnapshotCache::load(options);
        if (cache)
            *cache = snapshot.status;
        if (snapshot.exported) {
            job.setProgress(1, 1);
            return snapshot.exported;
        }
    }
    std::unique_ptr<Importer> importer = importerFor(*format);
    if (!importer)
        return Error::make(ErrorCode::UnknownFormat,
                           QCoreApplication::translate("idiolect",
                                                       "This export format (%1) is not supported "
                                                       "by this build.")
                               .arg(exportFormatName(*format)),
                           options.path);
    auto result = importer->run(options, job);
    if (!result)
        return result.error();
    if (options.useCache && !job.isCanceled()) {
        // A cache that cannot be written only costs the next open its speed.
        const Status saved = SnapshotCache::save(options, *result.value());
        Q_UNUSED(saved);
    }
    return ChatExportPtr(std::move(result.value()));
}

} // namespace idiolect
