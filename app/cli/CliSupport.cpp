// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "common/JobContext.h"
#include "import/ImportJob.h"
#include "snapshot/SnapshotCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

void ExportOptions::add(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        u"EXPORT"_s,
        QCoreApplication::translate("idiolect-cli",
                                    "Export folder or file (CSV folder, database.sqlite, "
                                    "main.jsonl, signal-export folder)."));
    parser.addOption(
        QCommandLineOption(u"self"_s,
                           QCoreApplication::translate("idiolect-cli",
                                                       "Use recipient ID as yourself instead of "
                                                       "detecting it."),
                           u"ID"_s));
    parser.addOption(QCommandLineOption(
        u"lenient"_s,
        QCoreApplication::translate("idiolect-cli",
                                    "Repair recoverable data errors (invalid UTF-8, "
                                    "bad JSON lines) and report them as warnings.")));
    parser.addOption(QCommandLineOption(
        u"time-zone"_s,
        QCoreApplication::translate("idiolect-cli",
                                    "Time zone of naive local dates (signal-export), e.g. "
                                    "Europe/Berlin; default: this computer's zone."),
        u"ZONE"_s));
    parser.addOption(QCommandLineOption(
        u"cache"_s,
        QCoreApplication::translate("idiolect-cli",
                                    "Reopen the export from its snapshot in your cache folder "
                                    "when it is unchanged, and write one after a fresh import "
                                    "(it holds message text; only you can read it).")));
    parser.addOption(QCommandLineOption(
        u"verbose"_s,
        QCoreApplication::translate("idiolect-cli",
                                    "Print per-stage timings and counts to stderr "
                                    "(never message text).")));
}

void printError(CliIo &io, const Error &error)
{
    io.err << "idiolect-cli: " << error.toString() << '\n';
    io.err.flush();
}

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Canceled: return ExitCanceled;
    case ErrorCode::WriteFailed:
    case ErrorCode::Invalid:
    case ErrorCode::Network:
    case ErrorCode::Internal: return ExitFailed;
    default: return ExitBadInput;
    }
}

ChatExportPtr loadExport(const QCommandLineParser &parser, CliIo &io, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        io.err << QCoreApplication::translate("idiolect-cli", "Missing EXPORT argument.") << '\n';
        *exitCode = ExitUsage;
        return {};
    }
    ImportOptions options;
    options.path = positional.first();
    options.lenient = parser.isSet(u"lenient"_s);
    if (parser.isSet(u"self"_s)) {
        bool ok = false;
        const qint64 id = parser.value(u"self"_s).toLongLong(&ok);
        if (!ok) {
            io.err << QCoreApplication::translate("idiolect-cli",
                                                  "--self needs a numeric recipient "
                                                  "ID.")
                   << '\n';
            *exitCode = ExitUsage;
            return {};
        }
        options.selfOverride = id;
    }
    if (parser.isSet(u"time-zone"_s)) {
        const QTimeZone zone(parser.value(u"time-zone"_s).toUtf8());
        if (!zone.isValid()) {
            io.err << QCoreApplication::translate("idiolect-cli",
                                                  "--time-zone needs a time zone name such as "
                                                  "Europe/Berlin.")
                   << '\n';
            *exitCode = ExitUsage;
            return {};
        }
        options.localZone = zone;
    }
    options.useCache = parser.isSet(u"cache"_s);
    QElapsedTimer timer;
    timer.start();
    JobContext job;
    SnapshotStatus snapshot = SnapshotStatus::Missing;
    auto result = ImportJob::run(options, job, &snapshot);
    if (!result) {
        printError(io, result.error());
        *exitCode = exitCodeFor(result.error());
        return {};
    }
    if (parser.isSet(u"verbose"_s)) {
        const ChatExport &ex = **result;
        io.err << "import: " << timer.elapsed() << " ms, " << ex.messages.size() << " rows, "
               << ex.threads.size() << " threads, " << ex.recipients.size() << " recipients, "
               << (ex.messages.memoryUsage() / (1024 * 1024)) << " MiB message store";
        if (options.useCache)
            io.err << ", snapshot " << SnapshotCache::statusName(snapshot);
        io.err << '\n';
        io.err.flush();
    }
    *exitCode = ExitOk;
    return *result;
}

} // namespace idiolect::cli
