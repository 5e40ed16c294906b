// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "diagnostics/DiagnosticsDialog.h"
#include "diagnostics/DiagnosticsModel.h"
#include "diagnostics/DiagnosticsRecorder.h"
#include "diagnostics/EventLoopProbe.h"
#include "diagnostics/ProcessMemory.h"
#include "generation/GenerationResult.h"
#include "import/ImportController.h"
#include "jobs/JobPool.h"
#include "jobs/JobTracker.h"
#include "project/Session.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestDiagnostics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeSeesABlockedEventLoop();
    void probeTellsComputingFromWaiting();
    void probeResets();
    void modelUpdatesInPlace();
    void recorderReportsImportWithoutNames();
    void recorderReportsGenerationStages();
    void memoryIsKnownOnLinux();
    void jsonReportHasStableKeys();
    void dialogShowsEverySection();

private:
    static QString valueOf(const QList<DiagnosticsRow> &rows, const QString &section,
                           const QString &name);
    test::UiTestEnvironment m_env;
};

QString TestDiagnostics::valueOf(const QList<DiagnosticsRow> &rows, const QString &section,
                                 const QString &name)
{
    bool inSection = false;
    for (const DiagnosticsRow &row : rows) {
        if (row.isSection)
            inSection = row.name == section;
        else if (inSection && row.name == name)
            return row.value;
    }
    return {};
}

void TestDiagnostics::probeSeesABlockedEventLoop()
{
    EventLoopProbe probe(nullptr, 10);
    QSignalSpy stalled(&probe, &EventLoopProbe::stalled);
    probe.start();
    QTRY_VERIFY(probe.stats().samples >= 3);
    // Block the event loop for 150 ms: the next tick arrives at least that late.
    const qint64 before = probe.stats().samples;
    QVERIFY(probe.stallList().isEmpty());
    probe.mark(u"test block"_s);
    QThread::msleep(150);
    QTRY_VERIFY(probe.stats().samples > before);
    const EventLoopProbe::Stats s = probe.stats();
    QVERIFY2(s.maxLatencyMs >= 150 - probe.intervalMs(),
             qPrintable(QString::number(s.maxLatencyMs)));
    QVERIFY(s.stalls >= 1);
    QVERIFY(s.stalledMs >= s.maxLatencyMs);
    QVERIFY(s.meanLatencyMs <= s.maxLatencyMs);
    QVERIFY(!stalled.isEmpty());
    QVERIFY(stalled.first().first().toDouble() > EventLoopProbe::kStallMs);
    // The stall is listed with what had just happened.
    QVERIFY(!probe.stallList().isEmpty());
    const EventLoopProbe::Stall &stall = probe.stallList().constLast();
    QCOMPARE(stall.after, u"test block"_s);
    QVERIFY(stall.lateMs >= 150 - probe.intervalMs());
    QVERIFY(stall.sinceMarkMs >= 150);
    QVERIFY(stall.atMs >= stall.sinceMarkMs);
    probe.reset();
    QVERIFY(probe.stallList().isEmpty());
}

void TestDiagnostics::probeTellsComputingFromWaiting()
{
    if (EventLoopProbe::threadCpuMs() < 0)
        QSKIP("this platform does not report a thread's CPU time");
    EventLoopProbe probe(nullptr, 10);
    probe.start();
    QTRY_VERIFY(probe.stats().samples >= 2);
    // Sleeping blocks the loop but computes nothing.
    qint64 before = probe.stats().samples;
    QThread::msleep(120);
    QTRY_VERIFY(probe.stats().samples > before);
    QCOMPARE(probe.stats().busyStalls, 0);
    QVERIFY(probe.stats().maxBusyMs < EventLoopProbe::kStallMs);
    // Computing for 80 ms of CPU time on the UI thread is a stall the app caused.
    before = probe.stats().samples;
    const double start = EventLoopProbe::threadCpuMs();
    volatile quint64 sink = 0;
    while (EventLoopProbe::threadCpuMs() - start < 80)
        sink = sink + 1;
    QTRY_VERIFY(probe.stats().samples > before);
    QVERIFY(probe.stats().busyStalls >= 1);
    QVERIFY(probe.stats().maxBusyMs >= 80);
}

void TestDiagnostics::probeResets()
{
    EventLoopProbe probe(nullptr, 10);
    QCOMPARE(probe.stats().samples, 0);
    probe.start();
    QTRY_VERIFY(probe.stats().samples >= 2);
    probe.reset();
    QCOMPARE(probe.stats().samples, 0);
    QCOMPARE(probe.stats().maxLatencyMs, 0.0);
    QCOMPARE(probe.stats().stalls, 0);
    QVERIFY(probe.isRunning());
    QTRY_VERIFY(probe.stats().samples >= 2);
    probe.stop();
    QVERIFY(!probe.isRunning());
    // Stopping keeps the figures; starting again adds to them.
    const EventLoopProbe::Stats stopped = probe.stats();
    QVERIFY(stopped.samples >= 2);
    QTest::qWait(30);
    QCOMPARE(probe.stats().samples, stopped.samples);
    QCOMPARE(probe.stats().runningMs, stopped.runningMs);
    probe.start();
    QTRY_VERIFY(probe.stats().samples > stopped.samples);
    QVERIFY(probe.stats().runningMs >= stopped.runningMs);
}

void TestDiagnostics::modelUpdatesInPlace()
{
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<DiagnosticsRow> rows{{u"Import"_s, {}, true}, {u"Wall"_s, u"5 ms"_s, false}};
    model.setRows(rows);
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<DiagnosticsRow> next = rows;
    next[1].value = u"7 ms"_s;
    model.setRows(next);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, DiagnosticsModel::Value).data().toString(), u"7 ms"_s);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
    QVERIFY(model.flags(model.index(1, 0)) & Qt::ItemIsSelectable);
    next.append({u"More"_s, u"1"_s, false});
    model.setRows(next);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.toText(), u"[Import]\nWall: 7 ms\nMore: 1\n"_s);
}

void TestDiagnostics::recorderReportsImportWithoutNames()
{
    const QString dir = test::TestExport::writeDefault(m_env.path(u"export"_s));
    Settings settings(m_env.path(u"diag.ini"_s));
    JobTracker jobs;
    Session session;
    ImportController importer(&session, &settings, &jobs);
    DiagnosticsRecorder recorder;
    recorder.watchImports(&importer, &session);
    QSignalSpy changed(&recorder, &DiagnosticsRecorder::changed);
    importer.open(dir);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.lastImport().has_value(), 30000);
    QVERIFY(!changed.isEmpty());
    const auto &facts = *recorder.lastImport();
    QCOMPARE(facts.messages, qint64(session.chatExport()->messages.size()));
    QCOMPARE(facts.threads, qint64(session.chatExport()->threads.size()));
    QVERIFY(facts.textMessages > 0);
    QVERIFY(facts.storeBytes > 0);
    QCOMPARE(facts.format, exportFormatName(ExportFormat::SignalCsv));

    const QList<DiagnosticsRow> rows = recorder.rows();
    QVERIFY(!valueOf(rows, u"Last import"_s, u"Message rows"_s).isEmpty());
    const QString text = [&rows] {
        QString all;
        for (const DiagnosticsRow &r : rows)
            all += r.name + u' ' + r.value + u'\n';
        return all;
    }();
    for (const QString &name : {u"Bea"_s, u"Carl"_s, u"Climbing"_s, u"Alex"_s})
        QVERIFY2(!text.contains(name), qPrintable(name));
    QVERIFY(!text.contains(dir));
    JobPool::waitForDone();
}

void TestDiagnostics::recorderReportsGenerationStages()
{
    DiagnosticsRecorder recorder;
    QCOMPARE(valueOf(recorder.rows(), u"Last generation"_s, u"Status"_s), u"Not run yet"_s);
    GenerationSummary summary;
    summary.totalExamples = 42;
    summary.windows = 100;
    summary.stageSeconds = {{u"corpus"_s, 0.25}, {u"strategies"_s, 1.5}};
    recorder.recordGeneration(summary, 1800);
    const QList<DiagnosticsRow> rows = recorder.rows();
    QCOMPARE(valueOf(rows, u"Last generation"_s, u"Examples"_s), u"42"_s);
    QCOMPARE(valueOf(rows, u"Last generation"_s, u"Stage \u201ccorpus\u201d"_s), u"250 ms"_s);
    QCOMPARE(valueOf(rows, u"Last generation"_s, u"Stage \u201cstrategies\u201d"_s),
             QLocale().toString(1500.0, 'f', 0) + u" ms"_s);
    QCOMPARE(valueOf(rows, u"Last generation"_s, u"Wall time"_s),
             QLocale().toString(1800.0, 'f', 0) + u" ms"_s);
}

void TestDiagnostics::memoryIsKnownOnLinux()
{
#if defined(Q_OS_LINUX)
    const ProcessMemory::Usage usage = ProcessMemory::current();
    QVERIFY(usage.residentBytes > 1024 * 1024);
    QVERIFY(usage.peakResidentBytes >= usage.residentBytes);
#else
    QSKIP("/proc/self/status is Linux only");
#endif
}

void TestDiagnostics::jsonReportHasStableKeys()
{
    DiagnosticsRecorder recorder;
    EventLoopProbe probe(nullptr, 10);
    recorder.setProbe(&probe);
    probe.start();
    QTRY_VERIFY(probe.stats().samples >= 2);
    GenerationSummary summary;
    summary.totalExamples = 7;
    summary.stageSeconds = {{u"corpus"_s, 0.5}};
    recorder.recordGeneration(summary, 900);

    const QString path = m_env.path(u"report.json"_s);
    QString error;
    QVERIFY2(recorder.writeJson(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!json.contains(u"import"_s)); // nothing imported
    const QJsonObject generation = json.value(u"generation"_s).toObject();
    QCOMPARE(generation.value(u"examples"_s).toInteger(), 7);
    QCOMPARE(generation.value(u"wall_ms"_s).toInteger(), 900);
    QCOMPARE(generation.value(u"stage_ms"_s).toObject().value(u"corpus"_s).toDouble(), 500.0);
    const QJsonObject loop = json.value(u"event_loop"_s).toObject();
    QVERIFY(loop.value(u"samples"_s).toInteger() >= 2);
    QCOMPARE(loop.value(u"stall_threshold_ms"_s).toInt(), EventLoopProbe::kStallMs);
    QVERIFY(loop.contains(u"max_latency_ms"_s));
    QVERIFY(loop.contains(u"max_busy_ms"_s));
    QVERIFY(loop.contains(u"busy_stalls"_s));
    QVERIFY(loop.value(u"stall_list"_s).isArray());
    QVERIFY(json.value(u"memory"_s).toObject().value(u"peak_resident_bytes"_s).toInteger() > 0);

    QVERIFY(!recorder.writeJson(m_env.path(u"no/such/folder/report.json"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestDiagnostics::dialogShowsEverySection()
{
    DiagnosticsRecorder recorder;
    EventLoopProbe probe;
    recorder.setProbe(&probe);
    probe.start();
    DiagnosticsDialog dialog(&recorder, &probe);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QStringList sections;
    for (const DiagnosticsRow &row : dialog.model()->rows()) {
        if (row.isSection)
            sections << row.name;
    }
    QCOMPARE(sections,
             (QStringList{u"Last import"_s, u"Last enrichment"_s, u"Last generation"_s,
                          u"Responsiveness and memory"_s}));
    QVERIFY(!valueOf(dialog.model()->rows(), u"Responsiveness and memory"_s, u"Longest UI stall"_s)
                 .isEmpty());
    dialog.refresh();
    QVERIFY(dialog.view()->model()->rowCount() > 8);
}

QTEST_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
