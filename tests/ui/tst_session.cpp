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
    void largeChangesApplyOnAWorkerInOrder();
    void largeAutosaveWritesOnAWorker();
    void closeKeepsTheNewestOfALargeChange_data();
    void closeKeepsTheNewestOfALargeChange();
    void exportDaysSpanTheMessages();
    void autosaveWritesChangesWithoutFlush();
    void destructionFlushesPendingChanges();
    void withoutFileNothingIsSaved();
    void changesSurviveKill();
    void closeEmptiesTheDocument();

private:
    std::unique_ptr<ProjectFile> newFile(const QString &name);
    /** The decisions a fresh read of the project at @p path finds. */
    static QHash<QString, ReviewDecision> savedDecisions(const QString &path);
    /** @p count decisions "ex-0"… with @p status. */
    static QHash<QString, ReviewDecision> manyDecisions(int count, ReviewStatus status);
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

QHash<QString, ReviewDecision> TestSession::savedDecisions(const QString &path)
{
    auto reader = ProjectFile::open(path, false);
    if (!reader)
        return {};
    const auto loaded = (*reader)->load();
    return loaded ? loaded->decisions : QHash<QString, ReviewDecision>();
}

QHash<QString, ReviewDecision> TestSession::manyDecisions(int count, ReviewStatus status)
{
    QHash<QString, ReviewDecision> many;
    for (int i = 0; i < count; ++i)
        many.insert(u"ex-%1"_s.arg(i), ReviewDecision{status, false, {}});
    return many;
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

void TestSession::largeChangesApplyOnAWorkerInOrder()
{
    Session session;
    session.load(m_export, {}, nullptr);
    session.setAsyncThreshold(2); // three ids or more go to a worker
    session.setDecisions({{u"e"_s, ReviewDecision{ReviewStatus::Accepted, true, u"mine"_s}}});
    QSignalSpy changed(&session, &Session::decisionsChanged);
    const QList<QString> ids = {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    DecisionChange::Applied applied;
    session.changeDecisions(
        [ids] { return DecisionChange::withStatus(ids, ReviewStatus::Rejected); },
        [&applied](const DecisionChange::Applied &a) { applied = a; });
    // A small change asked for meanwhile waits for the large one, so it wins.
    session.setDecisions({{u"a"_s, ReviewDecision{}}});
    QVERIFY(session.isApplyingDecisions());
    QVERIFY(session.hasUnsavedChanges());
    QCOMPARE(session.decision(u"b"_s).status, ReviewStatus::Pending); // not in yet
    QTRY_VERIFY(!session.isApplyingDecisions());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).value<QList<QString>>(), ids);
    QCOMPARE(changed.at(1).at(0).value<QList<QString>>(), QList<QString>{u"a"_s});
    QVERIFY(!session.state().decisions.contains(u"a"_s));
    for (const QString &id : {u"b"_s, u"c"_s, u"d"_s})
        QCOMPARE(session.decision(id), (ReviewDecision{ReviewStatus::Rejected, false, {}}));
    // The bulk verdict keeps the edit; the record of what changed restores it exactly.
    QCOMPARE(session.decision(u"e"_s), (ReviewDecision{ReviewStatus::Rejected, true, u"mine"_s}));
    QCOMPARE(applied.forward.ids, ids);
    QCOMPARE(applied.reverse.decisions.at(4),
             (ReviewDecision{ReviewStatus::Accepted, true, u"mine"_s}));
    session.changeDecisions([&applied] { return applied.reverse; });
    session.settleDecisions(); // no waiting: applied here, at once
    QVERIFY(!session.isApplyingDecisions());
    QCOMPARE(session.state().decisions.size(), 1);
    QCOMPARE(session.decision(u"e"_s), (ReviewDecision{ReviewStatus::Accepted, true, u"mine"_s}));
}

void TestSession::largeAutosaveWritesOnAWorker()
{
    auto file = newFile(u"bulk.idiolect"_s);
    QVERIFY(file);
    const QString path = file->path();
    Session session;
    session.load(m_export, {}, std::move(file));
    QVERIFY(session.flush());
    session.setAsyncThreshold(100);
    QHash<QString, ReviewDecision> many;
    for (int i = 0; i < 1000; ++i)
        many.insert(u"ex-%1"_s.arg(i),
                    ReviewDecision{ReviewStatus::Accepted, i % 7 == 0,
                                   i % 7 == 0 ? u"edit %1"_s.arg(i) : QString()});
    QSignalSpy saved(&session, &Session::saved);
    QSignalSpy started(&session, &Session::savingStarted);
    session.setDecisions(many);
    QTRY_VERIFY(!session.isApplyingDecisions());
    QVERIFY(saved.wait(5000));
    QCOMPARE(started.size(), 1); // the status bar says "Saving…" meanwhile
    QVERIFY(!session.hasUnsavedChanges());
    QCOMPARE(savedDecisions(path), many);
}

void TestSession::closeKeepsTheNewestOfALargeChange_data()
{
    QTest::addColumn<bool>("whileSaving");
    QTest::newRow("while it is applied on a worker") << false;
    QTest::newRow("while its autosave writes on a worker") << true;
}

void TestSession::closeKeepsTheNewestOfALargeChange()
{
    QFETCH(bool, whileSaving);
    auto file = newFile(u"bulk-close-%1.idiolect"_s.arg(int(whileSaving)));
    QVERIFY(file);
    const QString path = file->path();
    QHash<QString, ReviewDecision> many = manyDecisions(2000, ReviewStatus::Rejected);
    {
        Session session;
        session.load(m_export, {}, std::move(file));
        QVERIFY(session.flush());
        session.setAsyncThreshold(10);
        session.setDecisions(many); // on a worker
        if (whileSaving) {
            QTRY_VERIFY(!session.isApplyingDecisions());
            // The autosave starts writing on its worker (or is already done).
            QTRY_VERIFY_WITH_TIMEOUT(!session.hasUnsavedChanges() || session.isSaving(), 5000);
        }
        // A later, small change must win over the large one, wherever that one is.
        session.setDecisions({{u"ex-7"_s, ReviewDecision{ReviewStatus::Accepted, false, {}}}});
        QCOMPARE(session.isApplyingDecisions(), !whileSaving);
        session.close(); // applies and writes both, in order
    }
    many[u"ex-7"_s].status = ReviewStatus::Accepted;
    QCOMPARE(savedDecisions(path), many);
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
