// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every job can be canceled at any point: each is run once to count its progress reports, then
// canceled at seeded random reports (and before it starts). It must return ErrorCode::Canceled,
// leave no output behind, and (under ASan) leak nothing — or, canceled at its very last report,
// finish normally.
#include "FileSizeLimit.h"
#include "HostileExport.h"

#include "DemoGenerator.h"
#include "common/JobContext.h"
#include "enrich/EnrichmentJob.h"
#include "export/DatasetValidator.h"
#include "export/DatasetWriter.h"
#include "export/ExampleRenderer.h"
#include "generation/GenerationJob.h"
#include "import/ImportJob.h"
#include "privacy/PrivacyJob.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

constexpr int kSeeds = 8;

/** A job as the test drives it: runs with a context, says whether it succeeded or how it failed. */
using JobRun = std::function<Error(JobContext &)>;

/** Relative path → size of every file below @p dir. */
QMap<QString, qint64> filesAndSizes(const QString &dir)
{
    QMap<QString, qint64> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files.insert(QDir(dir).relativeFilePath(it.filePath()), it.fileInfo().size());
    }
    return files;
}

template<typename T>
Error outcome(const Expected<T> &result)
{
    return result ? Error() : result.error();
}

} // namespace

class TestCancellation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jobs_data();
    void jobs();

private:
    /** Runs @p run canceled at seeded random progress reports; see the file comment. */
    void cancelEverywhere(const JobRun &run, const std::function<void()> &checkClean);

    QTemporaryDir m_dir;
    TextLayerPtr m_layer;
    GenerationResult m_generated;
};

void TestCancellation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    demogen::DemoOptions demo;
    demo.outDir = m_dir.filePath(u"exports"_s);
    demo.format = demogen::DemoFormat::All;
    demo.messages = 20000;
    QString error;
    QVERIFY2(demogen::DemoGenerator::run(demo, nullptr, &error), qPrintable(error));
    const auto imported = importExport(m_dir.filePath(u"exports/csv"_s));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    m_layer = std::make_shared<const TextLayer>(*imported);
    GenerationParams params;
    params.layer = m_layer;
    params.options.strategies = {kAllStrategies.begin(), kAllStrategies.end()};
    auto generated = GenerationJob::run(params, JobContext::detached());
    QVERIFY(generated);
    m_generated = std::move(*generated);
}

void TestCancellation::cancelEverywhere(const JobRun &run, const std::function<void()> &checkClean)
{
    int reports = 0;
    {
        JobContext counting([&reports](qint64, qint64) { ++reports; });
        const Error e = run(counting);
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
    }
    QVERIFY(reports >= 1);
    const QByteArray tag = QTest::currentDataTag();
    QRandomGenerator rng(qHash(tag));
    for (int round = 0; round < kSeeds; ++round) {
        // Round 0 cancels before the job starts; the others at a random report.
        const int cancelAt = round == 0 ? 0 : 1 + int(rng.bounded(quint32(reports)));
        int seen = 0;
        JobContext job;
        job.setCallback([&](qint64, qint64) {
            if (++seen == cancelAt)
                job.cancel();
        });
        if (cancelAt == 0)
            job.cancel();
        const Error e = run(job);
        if (!e.isError()) {
            // Only a cancel at the very last report may come too late to matter.
            QVERIFY2(cancelAt == reports,
                     qPrintable(u"not canceled at report %1 of %2"_s.arg(cancelAt).arg(reports)));
            continue;
        }
        QVERIFY2(e.code == ErrorCode::Canceled, qPrintable(e.toString()));
        checkClean();
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCancellation::jobs_data()
{
    QTest::addColumn<QString>("job");
    for (const char *name :
         {"import csv", "import sqlite", "import main.jsonl", "import main.jsonl zip",
          "import signal-export", "generation", "privacy", "enrichment", "validation", "export"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCancellation::jobs()
{
    QFETCH(QString, job);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString output = out.filePath(u"dataset.jsonl"_s);
    const auto nothingWritten = [&] { QCOMPARE(folderEntries(out.path()), QStringList()); };
    const auto nothing = [] {};

    if (job.startsWith(u"import"_s)) {
        const QString sub = job == u"import csv"_s ? u"csv"_s
            : job == u"import sqlite"_s            ? u"sqlite"_s
            : job == u"import main.jsonl"_s        ? u"plaintext"_s
            : job == u"import main.jsonl zip"_s    ? u"plaintext.zip"_s
                                                   : u"sigexport"_s;
        ImportOptions options;
        options.path = m_dir.filePath(u"exports/"_s + sub);
        const QString cache = out.filePath(u"cache"_s);
        options.cacheDir = cache; // images unpacked from a ZIP go here
        QMap<QString, qint64> complete;
        cancelEverywhere(
            [&](JobContext &c) {
                QDir(cache).removeRecursively();
                const Error e = outcome(ImportJob::run(options, c));
                if (complete.isEmpty() && !e.isError())
                    complete = filesAndSizes(cache);
                return e;
            },
            [&] {
                // A canceled import may leave whole unpacked files (a cache), never partial ones.
                const QMap<QString, qint64> left = filesAndSizes(cache);
                for (auto it = left.cbegin(); it != left.cend(); ++it)
                    QVERIFY2(complete.value(it.key(), -1) == it.value(), qPrintable(it.key()));
            });
    } else if (job == u"generation"_s) {
        GenerationParams params;
        params.layer = m_layer;
        params.options.strategies = {kAllStrategies.begin(), kAllStrategies.end()};
        DatasetWriteOptions write;
        write.path = output;
        params.output = write;
        cancelEverywhere(
            [&](JobContext &c) {
                QFile::remove(output);
                QFile::remove(out.filePath(u"dataset.style.json"_s));
                return outcome(GenerationJob::run(params, c));
            },
            nothingWritten);
    } else if (job == u"privacy"_s) {
        PrivacyParams params;
        params.input = m_layer;
        cancelEverywhere([&](JobContext &c) { return outcome(PrivacyJob::run(params, c)); },
                         nothing);
    } else if (job == u"enrichment"_s) {
        EnrichmentParams params;
        params.input = m_layer;
        params.cachePath = out.filePath(u"cache.sqlite"_s);
        cancelEverywhere([&](JobContext &c) { return outcome(EnrichmentJob::run(params, c)); },
                         nothing);
    } else if (job == u"validation"_s) {
        const ExampleRenderer renderer(m_layer, RenderOptions{});
        cancelEverywhere(
            [&](JobContext &c) {
                return outcome(DatasetValidator::validate(m_generated.examples, renderer, c));
            },
            nothing);
    } else {
        DatasetWriteOptions write;
        write.path = output;
        cancelEverywhere(
            [&](JobContext &c) {
                QFile::remove(output);
                return outcome(DatasetWriter::write(m_generated.examples, m_layer, write, c));
            },
            nothingWritten);
    }
}

QTEST_GUILESS_MAIN(TestCancellation)
#include "tst_cancellation.moc"
