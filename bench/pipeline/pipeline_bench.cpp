// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The end-to-end benchmark: import → enrichment (offline, the default) → anonymization →
// generation with all five strategies and style analysis → JSONL write, with wall time per
// stage, peak RSS and the baseline of reading the input once and counting its lines.
//
//   idiolect-bench-pipeline run EXPORT [--json FILE] [--keep-output DIR]
//   idiolect-bench-pipeline table FILE...      (Markdown table of saved runs)
//
// scripts/bench.sh makes the exports with idiolect-demogen and runs each size in its own
// process, so peak RSS is per size.
#include "BenchReport.h"

#include "common/JobContext.h"
#include "enrich/EnrichmentJob.h"
#include "generation/GenerationJob.h"
#include "import/ImportJob.h"
#include "privacy/PrivacyJob.h"
#include "snapshot/SnapshotCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstring>
#include <ctime>

using namespace idiolect;
using namespace idiolect::bench;
using namespace Qt::StringLiterals;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

/** CPU time of the whole process (all threads) in ms: steadier than wall time on a busy machine. */
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** The files an import of @p path reads: the file itself, or every CSV of the folder. */
QStringList inputFiles(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {info.absoluteFilePath()};
    QStringList files;
    const QDir dir(info.absoluteFilePath());
    for (const QFileInfo &entry :
         dir.entryInfoList({u"*.csv"_s, u"*.sqlite"_s, u"*.jsonl"_s}, QDir::Files, QDir::Name))
        files.append(entry.absoluteFilePath());
    return files;
}

/**
 * The honest floor for an import: read every input byte once (1 MiB read() calls into one
 * buffer) and count the '\n' bytes with memchr, as wc -l does. Returns the line count; *bytes gets the byte count.
 */
qint64 readAndCountLines(const QStringList &files, qint64 *bytes)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 lines = 0;
    *bytes = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (;;) {
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n <= 0)
                break;
            *bytes += n;
            const char *p = buffer.constData();
            const char *const end = p + n;
            while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) {
                ++lines;
                ++p;
            }
        }
    }
    return lines;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

bool fail(const Error &error)
{
    err() << "idiolect-bench-pipeline: " << error.toString() << '\n';
    return false;
}

/** Writes the snapshot of @p ex and reopens the export from it (not part of the pipeline). */
bool measureSnapshot(ImportOptions options, const ChatExport &ex, const QString &outDir,
                     BenchReport &report)
{
    options.useCache = true;
    options.cacheDir = QDir(outDir).filePath(u"cache"_s);
    QElapsedTimer timer;
    timer.start();
    double cpu = processCpuMs();
    const Status saved = SnapshotCache::save(options, ex);
    if (!saved)
        return fail(saved.error());
    report.addStage(u"snapshot write"_s, msSince(timer));
    report.counters.insert(u"cpu_ms_snapshot_write"_s, processCpuMs() - cpu);
    report.counters.insert(u"snapshot_bytes"_s,
                           QFileInfo(SnapshotCache::snapshotPath(options)).size());
    timer.start();
    cpu = processCpuMs();
    const SnapshotLoad loaded = SnapshotCache::load(options);
    if (loaded.status != SnapshotStatus::Hit) {
        err() << "idiolect-bench-pipeline: the snapshot just written was not used: "
              << loaded.reason << '\n';
        return false;
    }
    report.addStage(u"snapshot load"_s, msSince(timer));
    report.counters.insert(u"cpu_ms_snapshot_load"_s, processCpuMs() - cpu);
    if (loaded.exported->messages.size() != ex.messages.size()) {
        err() << "idiolect-bench-pipeline: the snapshot holds another number of messages\n";
        return false;
    }
    report.counters.insert(u"load_after"_s, loadAverage());
    return true;
}

bool runPipeline(const QString &path, const QString &outDir, BenchReport &report)
{
    report.counters.insert(u"export"_s, QFileInfo(path).fileName());
    report.counters.insert(u"cores"_s, QThread::idealThreadCount());
    report.counters.insert(u"load_before"_s, loadAverage());

    const QStringList files = inputFiles(path);
    qint64 bytes = 0;
    readAndCountLines(files, &bytes); // warm the page cache: every stage reads from memory
    QElapsedTimer timer;
    timer.start();
    const qint64 lines = readAndCountLines(files, &bytes);
    report.addStage(u"read"_s, msSince(timer));
    report.counters.insert(u"input_bytes"_s, bytes);
    report.counters.insert(u"input_lines"_s, lines);

    QElapsedTimer pipeline;
    pipeline.start();
    const double cpuStart = processCpuMs();
    timer.start();
    ImportOptions importOptions;
    importOptions.path = path;
    auto imported = ImportJob::run(importOptions, JobContext::detached());
    if (!imported)
        return fail(imported.error());
    const ChatExportPtr ex = *imported;
    report.addStage(u"import"_s, msSince(timer));
    report.counters.insert(u"cpu_ms_import"_s, processCpuMs() - cpuStart);
    report.counters.insert(u"messages"_s, qint64(ex->messages.size()));
    report.counters.insert(u"text_messages"_s, ex->textMessages());
    report.counters.insert(u"threads"_s, qint64(ex->threads.size()));
    report.counters.insert(u"rss_after_import_bytes"_s, peakRssBytes());

    timer.start();
    double cpu = processCpuMs();
    EnrichmentParams enrichment;
    enrichment.input = std::make_shared<const TextLayer>(ex);
    auto enriched = EnrichmentJob::run(enrichment, JobContext::detached());
    if (!enriched)
        return fail(enriched.error());
    report.addStage(u"enrich"_s, msSince(timer));
    report.counters.insert(u"cpu_ms_enrich"_s, processCpuMs() - cpu);

    timer.start();
    cpu = processCpuMs();
    PrivacyParams privacy;
    privacy.input = enriched->layer;
    privacy.collectFindings = false;
    auto anonymized = PrivacyJob::run(privacy, JobContext::detached());
    if (!anonymized)
        return fail(anonymized.error());
    report.addStage(u"anonymize"_s, msSince(timer));
    report.counters.insert(u"cpu_ms_anonymize"_s, processCpuMs() - cpu);
    cpu = processCpuMs();

    GenerationParams generation;
    generation.layer = anonymized->layer;
    generation.options.strategies = QList<Strategy>(kAllStrategies.begin(), kAllStrategies.end());
    DatasetWriteOptions write;
    write.path = QDir(outDir).filePath(u"bench.jsonl"_s);
    write.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    generation.output = write;
    auto generated = GenerationJob::run(generation, JobContext::detached());
    if (!generated)
        return fail(generated.error());
    report.counters.insert(u"cpu_ms_generate"_s, processCpuMs() - cpu);
    if (generated->summary.totalExamples == 0) {
        err() << "idiolect-bench-pipeline: the pipeline produced no examples\n";
        return false; // the smoke run in CI relies on this
    }
    for (const auto &[stage, seconds] : generated->summary.stageSeconds)
        report.addStage(stage, seconds * 1000.0);
    report.counters.insert(u"pipeline_ms"_s, msSince(pipeline));
    report.counters.insert(u"pipeline_cpu_ms"_s, processCpuMs() - cpuStart);
    report.counters.insert(u"examples"_s, generated->summary.totalExamples);
    if (generated->written)
        report.counters.insert(u"output_bytes"_s, generated->written->bytes);
    report.counters.insert(u"peak_rss_bytes"_s, peakRssBytes());

    // Each strategy alone on the same corpus, in CPU time: shows which one grows with size.
    for (Strategy strategy : kAllStrategies) {
        GenerationOptions one = generation.options;
        one.strategies = {strategy};
        cpu = processCpuMs();
        auto examples = GenerationJob::generate(*generated->corpus, one, generated->style,
                                                JobContext::detached());
        if (!examples)
            return fail(examples.error());
        report.counters.insert(u"cpu_ms_strategy_"_s + strategyName(strategy),
                               processCpuMs() - cpu);
    }
    return measureSnapshot(importOptions, *ex, outDir, report);
}

int runCommand(const QStringList &args)
{
    const QString path = args.value(0);
    if (path.isEmpty()) {
        err() << "usage: idiolect-bench-pipeline run EXPORT [--json FILE] [--keep-output DIR]\n";
        return 2;
    }
    QString jsonPath;
    QString keep;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--json"_s)
            jsonPath = args[i + 1];
        else if (args[i] == u"--keep-output"_s)
            keep = args[i + 1];
    }
    QTemporaryDir scratch;
    const QString outDir = keep.isEmpty() ? scratch.path() : keep;
    BenchReport report;
    if (!runPipeline(path, outDir, report))
        return 1;
    QTextStream out(stdout);
    out << path << ":\n";
    report.printDetails(out);
    if (!jsonPath.isEmpty()) {
        QSaveFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(report.toJson()).toJson()) < 0 || !file.commit()) {
            err() << "idiolect-bench-pipeline: cannot write " << jsonPath << '\n';
            return 1;
        }
    }
    return 0;
}

int tableCommand(const QStringList &files)
{
    QList<BenchReport> runs;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "idiolect-bench-pipeline: cannot read " << path << '\n';
            return 1;
        }
        runs.append(BenchReport::fromJson(QJsonDocument::fromJson(file.readAll()).object()));
    }
    QTextStream out(stdout);
    BenchReport::printTable(runs, out);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == u"run"_s)
        return runCommand(args);
    if (command == u"table"_s)
        return tableCommand(args);
    err() << "usage: idiolect-bench-pipeline run EXPORT [--json FILE] [--keep-output DIR]\n"
             "       idiolect-bench-pipeline table RUN.json...\n";
    return 2;
}
