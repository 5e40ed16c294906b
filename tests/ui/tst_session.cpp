// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "project/Session.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultSelectionSkipsBlockedAndSilentChats();
    void selectionSignalsOnlyOnChange();
    void decisionsReportChangedIdsAndDropDefaults();
    void exportDaysSpanTheMessages();
    void autosaveWritesChangesWithoutFlush();
    void destructionFlushesPendingChanges();
    void withoutFileNothingIsSaved();
    void changesSurviveKill();
    void closeEmptiesTheDocument();

private:
    std::unique_ptr<ProjectFile> newFile(const QString &name);
    int threadIndex(qint64 threadId) const { return m_export->threadIndexById(threadId); }

    test::UiTestEnvironment m_env;
    QString m_exportDir;
    ChatExportPtr m_export;
};

void TestSession::initTestCase()
{
    m_exportDir = test::TestExport::writeDefault(m_env.path(u"export"_s));
    m_export = test::TestExport::load(m_exportDir);
    QCOMPARE(m_export->threads.size(), size_t(5));
}

std::unique_ptr<ProjectFile> TestSession::newFile(const QString &name)
{
    auto file = ProjectFile::open(m_env.path(name), true);
    if (!file)
        return nullptr;
    return std::move(*file);
}

void TestSession::defaultSelectionSkipsBlockedAndSilentChats()
{
    Session session;
    session.load(m_export, {}, nullptr);
    QVERIFY(session.isThreadIncluded(threadIndex(1)));
    QVERIFY(session.isThreadIncluded(threadIndex(2)));
    QVERIFY(session.isThreadIncluded(threadIndex(5)));
    QVERIFY(!session.isThreadIncluded(threadIndex(4))); // Emil is blocked
    QVERIFY(!session.isThreadIncluded(-1));
    QVERIFY(!session.isThreadIncluded(99));
    QCOMPARE(session.includedThreadCount(), 4);
    QVERIFY(!session.includedThreadIds().contains(4));
}

void TestSession::selectionSignalsOnlyOnChange()
{
    Session session;
    session.load(m_export, {}, nullptr);
    QSignalSpy spy(&session, &Session::selectionChanged);
    session.setThreadsIncluded({threadIndex(1)}, true); // already included
    QCOMPARE(spy.size(), 0);
    session.setThreadsIncluded({threadIndex(1), threadIndex(2), 1000}, false);
    QCOMPARE(spy.size(), 1);
    QVERIFY(!session.isThreadIncluded(threadIndex(1)));
    QCOMPARE(session.state().threadIncluded.value(1), false);
    session.setThreadsIncluded({threadIndex(4)}, true);
    QVERIFY(session.isThreadIncluded(threadIndex(4)));
    QCOMPARE(spy.size(), 2);
}

void TestSession::decisionsReportChangedIdsAndDropDefaults()
{
    Session session;
    session.load(m_export, {}, nullptr);
    QSignalSpy spy(&session, &Session::decisionsChanged);
    session.setDecisions(
        {{u"a"_s, ReviewDecision{ReviewStatus::Accepted, false, {}}}, {u"b"_s, ReviewDecision{}}});
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<QList<QString>>(), QList<QString>{u"a"_s});
    QCOMPARE(session.decision(u"a"_s).status, ReviewStatus::Accepted);
    session.setDecisions({{u"a"_s, ReviewDecision{}}});
    QVERIFY(!session.state().decisions.contains(u"a"_s));
    QCOMPARE(spy.size(), 2);
}

void TestSession::exportDaysSpanTheMessages()
{
    Session session;
    session.load(m_export, {}, nullptr);
    QCOMPARE(session.firstDay(), QDateTime::fromMSecsSinceEpoch(test::TestExport::kStartMs).date());
    int total = 0;
    for (int n : test::TestExport::defaultThreadSizes())
        total += n;
    const qint64 lastMs = test::TestExport::kStartMs + (total - 1) * test::TestExport::kStepMs;
    QCOMPARE(session.lastDay(), QDateTime::fromMSecsSinceEpoch(lastMs).date());
}

void TestSession::autosaveWritesChangesWithoutFlush()
{
    auto file = newFile(u"autosave.idiolect"_s);
    QVERIFY(file);
    const QString path = file->path();
    Session session;
    ProjectState state;
    state.exportPath = m_exportDir;
    session.load(m_export, state, std::move(file));
    QSignalSpy saved(&session, &Session::saved);
    QVERIFY(saved.wait(5000)); // the initial meta record
    session.setThreadsIncluded({threadIndex(2)}, false);
    DateRange range;
    range.preset = DateRange::Preset::Last6Months;
    session.setDateRange(range);
    QVERIFY(session.hasUnsavedChanges());
    QVERIFY(saved.wait(5000));
    QVERIFY(!session.hasUnsavedChanges());

    auto reader = ProjectFile::open(path, false);
    QVERIFY(reader);
    const auto loaded = (*reader)->load();
    QVERIFY(loaded);
    QCOMPARE(loaded->exportPath, m_exportDir);
    QCOMPARE(loaded->threadIncluded.value(2, true), false);
    QCOMPARE(loaded->range.preset, DateRange::Preset::Last6Months);
}

void TestSession::destructionFlushesPendingChanges()
{
    auto file = newFile(u"dtor.idiolect"_s);
    const QString path = file->path();
    {
        Session session;
        session.load(m_export, {}, std::move(file));
        session.setDecisions({{u"x"_s, ReviewDecision{ReviewStatus::Rejected, true, u"new"_s}}});
    }
    auto reader = ProjectFile::open(path, false);
    const auto loaded = (*reader)->load();
    QCOMPARE(loaded->decisions.value(u"x"_s).editedOutput, u"new"_s);
}

void TestSession::withoutFileNothingIsSaved()
{
    Session session;
    session.load(m_export, {}, nullptr);
    QSignalSpy saved(&session, &Session::saved);
    session.setThreadsIncluded({threadIndex(1)}, false);
    QVERIFY(session.flush());
    QCOMPARE(saved.size(), 0);
    QVERIFY(session.projectPath().isEmpty());
}

void TestSession::changesSurviveKill()
{
    const QString path = m_env.path(u"killed.idiolect"_s);
    QProcess child;
    child.start(QStringLiteral(AUTOSAVE_CHILD), {m_exportDir, path});
    QVERIFY(child.waitForStarted());
    // Wait until the child reports that its autosave committed (or it dies).
    QByteArray out;
    while (!out.contains("saved") && child.state() == QProcess::Running) {
        if (child.waitForReadyRead(30000))
            out += child.readAllStandardOutput();
        else
            break;
    }
    QVERIFY2(out.contains("saved"), child.readAllStandardError().constData());
    child.kill(); // SIGKILL: no destructors, no flush
    QVERIFY(child.waitForFinished());

    auto reader = ProjectFile::open(path, false);
    QVERIFY(reader);
    const auto loaded = (*reader)->load();
    QVERIFY(loaded);
    QCOMPARE(loaded->exportPath, m_exportDir);
    QCOMPARE(loaded->threadIncluded.value(m_export->threads[0].id, true), false);
    QCOMPARE(loaded->decisions.value(u"example-1"_s).status, ReviewStatus::Rejected);
    QCOMPARE(loaded->range.preset, DateRange::Preset::Last3Months);
}

void TestSession::closeEmptiesTheDocument()
{
    Session session;
    session.load(m_export, {}, nullptr);
    QSignalSpy changed(&session, &Session::exportChanged);
    session.close();
    QCOMPARE(changed.size(), 1);
    QVERIFY(!session.hasExport());
    QCOMPARE(session.includedThreadCount(), 0);
    QVERIFY(!session.lastDay().isValid());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
