// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Curation survives crashes and full disks. A child process curates a project (CurationScript)
// and is killed with SIGKILL at seeded random moments — also in the middle of a save; reopening
// must give exactly the state of an autosave no older than the last one the child reported.
// A full disk (RLIMIT_FSIZE) makes a save fail without losing the in-memory changes or damaging
// the file, and "Save As" leaves no partial file.
#include "CurationScript.h"
#include "FileSizeLimit.h"
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "project/Session.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::testing;

namespace {

/** "ok" if SQLite finds the file intact. */
QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            result = q.exec(u"PRAGMA integrity_check"_s) && q.next() ? q.value(0).toString()
                                                                     : u"query failed"_s;
            db.close();
        } else {
            result = u"cannot open"_s;
        }
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return result;
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedMidSession_data();
    void killedMidSession();
    void fullDiskKeepsChanges();
    void saveAsOnFullDiskLeavesNothing();

private:
    /** The state after steps 1..n of the script, replayed without a file. */
    ProjectState expectedAfter(int n) const;

    test::UiTestEnvironment m_env;
    QString m_exportDir;
    ChatExportPtr m_export;
};

void TestCrashSafety::initTestCase()
{
    m_exportDir = test::TestExport::writeDefault(m_env.path(u"export"_s));
    m_export = test::TestExport::load(m_exportDir);
}

ProjectState TestCrashSafety::expectedAfter(int n) const
{
    ProjectState base;
    base.exportPath = m_exportDir;
    Session session;
    session.load(m_export, base, nullptr);
    for (int i = 1; i <= n; ++i)
        test::CurationScript::apply(session, i);
    return session.state();
}

void TestCrashSafety::killedMidSession_data()
{
    QTest::addColumn<int>("killAfterMs");
    QRandomGenerator rng(20260606);
    for (int i = 0; i < 8; ++i) {
        const int ms = 100 + int(rng.bounded(2400));
        QTest::addRow("kill after %d ms", ms) << ms;
    }
}

void TestCrashSafety::killedMidSession()
{
    QFETCH(int, killAfterMs);
    const QString path = m_env.path(u"killed-%1.idiolect"_s.arg(killAfterMs));
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(CRASHSAFETY_CHILD), {m_exportDir, path});
    QVERIFY(child.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    while (clock.elapsed() < killAfterMs && child.state() == QProcess::Running) {
        child.waitForReadyRead(int(std::max<qint64>(1, killAfterMs - clock.elapsed())));
        out += child.readAllStandardOutput();
    }
    QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
    child.kill(); // SIGKILL: no destructors, no flush, possibly in the middle of a commit
    QVERIFY(child.waitForFinished());
    out += child.readAllStandardOutput();

    // Only complete lines count: the child may die while printing.
    int reported = -1;
    const QByteArray complete = out.left(out.lastIndexOf('\n') + 1);
    for (const QByteArray &line : complete.split('\n')) {
        if (line.startsWith("saved "))
            reported = std::max(reported, line.mid(6).toInt());
    }
    if (!QFile::exists(path))
        QSKIP("killed before the project file was created");
    QCOMPARE(integrity(path), u"ok"_s);
    auto file = ProjectFile::open(path, false);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
    const auto loaded = (*file)->load();
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const int step = loaded->generation.value(u"step"_s).toInt();
    qInfo("killed after %d ms: last reported save %d, file holds step %d", killAfterMs, reported,
          step);
    QVERIFY2(step >= reported, qPrintable(u"file has step %1, saved %2"_s.arg(step).arg(reported)));
    const ProjectState expected = expectedAfter(step);
    QCOMPARE(loaded->decisions.size(), expected.decisions.size());
    QVERIFY(loaded->decisions == expected.decisions);
    QVERIFY(loaded->threadIncluded == expected.threadIncluded);
    QVERIFY(loaded->range == expected.range);
    QVERIFY(loaded->privacy == expected.privacy);
    QCOMPARE(loaded->exportOptions, expected.exportOptions);
    QVERIFY(*loaded == expected);
}

void TestCrashSafety::fullDiskKeepsChanges()
{
    const QString path = m_env.path(u"full-disk.idiolect"_s);
    auto file = ProjectFile::open(path, true);
    QVERIFY(file);
    ProjectState base;
    base.exportPath = m_exportDir;
    Session session;
    session.load(m_export, base, std::move(*file));
    for (int i = 1; i <= 30; ++i)
        test::CurationScript::apply(session, i);
    QVERIFY(session.flush());
    QSignalSpy failed(&session, &Session::saveFailed);
    for (int i = 31; i <= 80; ++i) // includes a 200 KB edit (step 51)
        test::CurationScript::apply(session, i);
    {
        const FileSizeLimit full(64 * 1024); // the file and its WAL are larger already
        QVERIFY(full.isActive());
        QVERIFY(!session.flush());
    }
    QCOMPARE(failed.size(), 1);
    QVERIFY(session.hasUnsavedChanges()); // nothing is forgotten
    QCOMPARE(integrity(path), u"ok"_s);
    // The disk has room again: the next save writes everything.
    QVERIFY(session.flush());
    const ProjectState inMemory = session.state();
    session.close();
    auto reopened = ProjectFile::open(path, false);
    QVERIFY(reopened);
    const auto loaded = (*reopened)->load();
    QVERIFY(loaded);
    QVERIFY(*loaded == inMemory);
    QVERIFY(*loaded == expectedAfter(80));
}

void TestCrashSafety::saveAsOnFullDiskLeavesNothing()
{
    const QString path = m_env.path(u"source.idiolect"_s);
    {
        auto file = ProjectFile::open(path, true);
        QVERIFY(file);
        ProjectState state = expectedAfter(60);
        QVERIFY((*file)->save(state, ProjectFile::All));
    }
    auto file = ProjectFile::open(path, false);
    QVERIFY(file);
    const QString folder = m_env.path(u"save-as"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + u"/copy.idiolect"_s;
    Status saved;
    {
        const FileSizeLimit full(8192);
        saved = (*file)->saveCopyAs(target);
    }
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::WriteFailed);
    QCOMPARE(folderEntries(folder), QStringList());
    QVERIFY((*file)->saveCopyAs(target));
    QCOMPARE(folderEntries(folder), QStringList{u"copy.idiolect"_s});
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
