// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Big inputs, generated on the fly (ctest label "heavy", run by CI): ten million tiny message rows,
// ten million blank lines, and one chat with half a million messages through the whole
// generation pipeline. Memory must stay proportional to what is kept (asserted per message);
// times are printed for docs/reliability.md, never asserted. Under AddressSanitizer the sizes are
// a tenth (the sanitizer's own memory would dominate) and memory is not asserted.
#include "HostileExport.h"

#include "common/JobContext.h"
#include "generation/GenerationJob.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

constexpr qint64 kScale = kSanitized ? 10 : 1;
constexpr qint64 kTinyRows = 10'000'000 / kScale;
constexpr qint64 kThreadMessages = 500'000 / kScale;

} // namespace

class TestHeavyInputs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenMillionTinyRows();
    void tenMillionBlankLines();
    void halfAMillionMessagesInOneChat();
};

void TestHeavyInputs::tenMillionTinyRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        CsvExportWriter csv(dir.path());
        for (qint64 id = 1; id <= kTinyRows; ++id)
            csv.message(id, 1600000000000 + id * 1000, id % 2 ? "k" : "ok", false);
        QVERIFY(csv.finish());
    }
    const qint64 fileBytes = QFileInfo(dir.filePath(u"message.csv"_s)).size();
    const PeakMemory memory;
    QElapsedTimer timer;
    timer.start();
    const auto result = importExport(dir.path());
    const qint64 ms = timer.elapsed();
    const qint64 growth = memory.growth();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(qint64((*result)->messages.size()), kTinyRows);
    QCOMPARE((*result)->textMessages(), kTinyRows);
    qInfo("%lld tiny rows (%lld MB): import %lld ms, peak memory growth %lld MB (%lld B/row)",
          kTinyRows, fileBytes >> 20, ms, growth >> 20, growth / kTinyRows);
    if (!kSanitized) // the mapped file is resident while read; the model costs ~100 B a row
        QVERIFY2(growth < fileBytes + 160 * kTinyRows, qPrintable(QString::number(growth >> 20)));
}

void TestHeavyInputs::tenMillionBlankLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        CsvExportWriter csv(dir.path());
        csv.message(1, 1600000000000, "hello");
        for (qint64 i = 0; i < kTinyRows; ++i)
            csv.raw({});
        csv.message(2, 1600000001000, "still there");
        QVERIFY(csv.finish());
    }
    const PeakMemory memory;
    const auto result = importExport(dir.path());
    const qint64 growth = memory.growth();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE((*result)->textMessages(), 2);
    QVERIFY(hasWarning(**result, u"blank_lines"_s));
    qInfo("%lld blank lines: peak memory growth %lld MB", kTinyRows, growth >> 20);
    if (!kSanitized)
        QVERIFY2(growth < 64 * 1024 * 1024, qPrintable(QString::number(growth >> 20)));
}

void TestHeavyInputs::halfAMillionMessagesInOneChat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        // Conversation-like: replies within minutes, sessions separated by hours.
        CsvExportWriter csv(dir.path());
        qint64 date = 1500000000000;
        for (qint64 id = 1; id <= kThreadMessages; ++id) {
            date += id % 40 == 0 ? 5 * 3600 * 1000 : 45 * 1000 + (id % 7) * 10000;
            const QByteArray body
                = QByteArray(id % 2 ? "what do you think about number " : "I think ")
                + QByteArray::number(id) + " is fine, really";
            csv.message(id, date, body);
        }
        QVERIFY(csv.finish());
    }
    const PeakMemory memory;
    QElapsedTimer timer;
    timer.start();
    const auto imported = importExport(dir.path());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE((*imported)->threads.size(), size_t(1));
    QCOMPARE(qint64((*imported)->threads.front().messages.size()), kThreadMessages);
    const qint64 importMs = timer.restart();

    GenerationParams params;
    params.layer = std::make_shared<const TextLayer>(*imported);
    params.options.strategies = {kAllStrategies.begin(), kAllStrategies.end()};
    DatasetWriteOptions output;
    output.path = dir.filePath(u"out.jsonl.gz"_s);
    params.output = output;
    const auto result = GenerationJob::run(params, JobContext::detached());
    const qint64 generateMs = timer.elapsed();
    const qint64 growth = memory.growth();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->summary.totalExamples > 0);
    QVERIFY(QFileInfo(output.path).size() > 0);
    qInfo("one chat of %lld messages: import %lld ms, generate+write %lld ms (%lld examples), "
          "peak memory growth %lld MB",
          kThreadMessages, importMs, generateMs, result->summary.totalExamples, growth >> 20);
    if (!kSanitized) // import, corpus, windows, episodes and examples: a few KB per message
        QVERIFY2(growth < 8 * 1024 * kThreadMessages, qPrintable(QString::number(growth >> 20)));
}

QTEST_GUILESS_MAIN(TestHeavyInputs)
#include "tst_heavyinputs.moc"
