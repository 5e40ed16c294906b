// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestEnvironment.h"
#include "project/ProjectFile.h"
#include "project/ProjectSaveGate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

namespace {

ProjectState fullState()
{
    ProjectState s;
    s.exportPath = u"/exports/signal-csv"_s;
    s.selfOverride = 42;
    s.lenientImport = true;
    s.threadIncluded = {{1, true}, {2, false}, {77, true}};
    s.range.preset = DateRange::Preset::Custom;
    s.range.from = QDate(2020, 1, 1);
    s.range.to = QDate(2021, 12, 31);
    s.generation = QJsonObject{{u"strategy"_s, u"windows"_s}, {u"seed"_s, 7}};
    s.exportOptions = QJsonObject{{u"format"_s, u"sharegpt"_s}};
    s.decisions.insert(u"ex-1"_s, ReviewDecision{ReviewStatus::Accepted, false, {}});
    s.decisions.insert(u"ex-2"_s, ReviewDecision{ReviewStatus::Rejected, false, {}});
    s.decisions.insert(u"ex-3"_s,
                       ReviewDecision{ReviewStatus::Accepted, true, u"edited \u00e4 text"_s});
    s.decisions.insert(u"ex-4"_s,
                       ReviewDecision{ReviewStatus::Pending, true, QString()}); // edited to empty
    s.privacy.pseudonyms = {{u"Bea"_s, u"Mara"_s}, {u"+4915100"_s, u"+49 000"_s}};
    s.privacy.allowList = {u"Rose"_s, u"June"_s};
    s.privacy.extraNames = {u"Bubbles"_s};
    s.privacy.hitStatus = {{u"hit-9"_s, u"accepted"_s}};
    s.privacy.mapping = QJsonObject{{u"format"_s, u"idiolect-pseudonym-map"_s}, {u"version"_s, 1}};
    return s;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestProjectFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEverything();
    void decisionsAreWrittenIncrementally();
    void saveGateNeverLetsAnOlderSaveWin();
    void rewritingAllDecisionsDropsRemovedOnes();
    void foreignSqliteIsRejectedAndUntouched();
    void plainFileIsNotAProject();
    void missingFileIsNotFound();
    void newerSchemaIsRefused();
    void createFailsWhenFolderCannotBeMade();
    void copyAsHasTheSameState();
    void fileIsPrivate();
    void defaultPathIsStablePerExport();

private:
    test::UiTestEnvironment m_env;
    int m_counter = 0;
    QString freshPath() { return m_env.path(u"p%1.idiolect"_s.arg(++m_counter)); }
};

void TestProjectFile::roundTripsEverything()
{
    const QString path = freshPath();
    const ProjectState state = fullState();
    {
        auto file = ProjectFile::open(path, true);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
        QVERIFY((*file)->save(state, ProjectFile::All, nullptr).ok());
    }
    QVERIFY(ProjectFile::isProjectFile(path));
    auto file = ProjectFile::open(path, false);
    QVERIFY(file);
    const auto loaded = (*file)->load();
    QVERIFY(loaded);
    QCOMPARE(loaded->exportPath, state.exportPath);
    QCOMPARE(loaded->selfOverride, state.selfOverride);
    QCOMPARE(loaded->threadIncluded, state.threadIncluded);
    QCOMPARE(loaded->range, state.range);
    QCOMPARE(loaded->generation, state.generation);
    QCOMPARE(loaded->decisions.value(u"ex-3"_s).editedOutput, u"edited \u00e4 text"_s);
    QVERIFY(loaded->decisions.value(u"ex-4"_s).isEdited());
    QVERIFY(!loaded->decisions.value(u"ex-1"_s).isEdited());
    QCOMPARE(loaded->privacy, state.privacy);
    QVERIFY(*loaded == state);
}

void TestProjectFile::decisionsAreWrittenIncrementally()
{
    const QString path = freshPath();
    auto file = ProjectFile::open(path, true);
    QVERIFY(file);
    ProjectState state = fullState();
    QVERIFY((*file)->save(state, ProjectFile::All, nullptr).ok());

    // Change one, reset one to default; only those two ids are written.
    state.decisions[u"ex-1"_s].status = ReviewStatus::Rejected;
    state.decisions.remove(u"ex-2"_s);
    state.decisions[u"ex-5"_s]
        = ReviewDecision{ReviewStatus::Accepted, false, {}}; // not in changed set
    const QList<QString> changed = {u"ex-1"_s, u"ex-2"_s, u"ex-1"_s};
    QVERIFY((*file)->save(state, ProjectFile::Decisions, &changed).ok());
    const auto loaded = (*file)->load();
    QVERIFY(loaded);
    QCOMPARE(loaded->decisions.value(u"ex-1"_s).status, ReviewStatus::Rejected);
    QVERIFY(!loaded->decisions.contains(u"ex-2"_s));
    QVERIFY(!loaded->decisions.contains(u"ex-5"_s));
    QCOMPARE(loaded->decisions.size(), 3);
}

void TestProjectFile::saveGateNeverLetsAnOlderSaveWin()
{
    const QString path = freshPath();
    auto file = ProjectFile::open(path, true);
    QVERIFY(file);
    ProjectState older = fullState();
    ProjectState newer = older;
    newer.decisions[u"ex-1"_s].status = ReviewStatus::Rejected;
    ProjectSaveGate gate;
    const quint64 first = gate.nextSequence(); // e.g. a background save, made first...
    const quint64 second = gate.nextSequence(); // ...and close()'s flush, made later
    auto written = gate.save(**file, second, newer, ProjectFile::All, nullptr);
    QVERIFY(written && *written);
    // The background save comes last: it writes nothing, from its snapshot or the file.
    const auto snapshot = std::make_shared<std::optional<ProjectState>>(older);
    const QList<QString> ids = older.decisions.keys();
    written = gate.saveSnapshot(path, snapshot, ProjectFile::All, ids, first);
    QVERIFY(written);
    QVERIFY(!*written);
    QVERIFY(!snapshot->has_value()); // let go of, either way
    auto loaded = (*file)->load();
    QVERIFY(loaded);
    QCOMPARE(*loaded, newer);
    // In order, a snapshot save writes the decisions it names (through its own connection).
    ProjectState third = newer;
    third.decisions[u"ex-1"_s].status = ReviewStatus::Accepted;
    third.decisions.remove(u"ex-2"_s);
    written
        = gate.saveSnapshot(path, std::make_shared<std::optional<ProjectState>>(third),
                            ProjectFile::Decisions, {u"ex-1"_s, u"ex-2"_s}, gate.nextSequence());
    QVERIFY(written && *written);
    loaded = (*file)->load();
    QVERIFY(loaded);
    QCOMPARE(loaded->decisions, third.decisions);
}

void TestProjectFile::rewritingAllDecisionsDropsRemovedOnes()
{
    auto file = ProjectFile::open(freshPath(), true);
    QVERIFY(file);
    ProjectState state = fullState();
    QVERIFY((*file)->save(state, ProjectFile::All, nullptr).ok());
    state.decisions.clear();
    state.decisions[u"only"_s] = ReviewDecision{ReviewStatus::Rejected, false, {}};
    QVERIFY((*file)->save(state, ProjectFile::Decisions, nullptr).ok());
    const auto loaded = (*file)->load();
    QCOMPARE(loaded->decisions.keys(), QList<QString>{u"only"_s});
}

void TestProjectFile::foreignSqliteIsRejectedAndUntouched()
{
    const QString path = m_env.path(u"database.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE message (_id INTEGER PRIMARY KEY, body TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO message VALUES (1, 'hello')"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const QByteArray before = fileHash(path);

    QVERIFY(!ProjectFile::isProjectFile(path));
    const auto file = ProjectFile::open(path, true);
    QVERIFY(!file);
    QCOMPARE(file.error().code, ErrorCode::UnknownFormat);
    QCOMPARE(file.error().file, path);
    QVERIFY(!file.error().hint.isEmpty());
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestProjectFile::plainFileIsNotAProject()
{
    const QString path = m_env.path(u"notes.idiolect"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just text, not SQLite");
    f.close();
    QVERIFY(!ProjectFile::isProjectFile(path));
    const auto file = ProjectFile::open(path, false);
    QVERIFY(!file);
    QCOMPARE(file.error().code, ErrorCode::UnknownFormat);
}

void TestProjectFile::missingFileIsNotFound()
{
    const auto file = ProjectFile::open(m_env.path(u"nope.idiolect"_s), false);
    QVERIFY(!file);
    QCOMPARE(file.error().code, ErrorCode::NotFound);
}

void TestProjectFile::newerSchemaIsRefused()
{
    const QString path = freshPath();
    QVERIFY(ProjectFile::open(path, true));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    const auto file = ProjectFile::open(path, false);
    QVERIFY(!file);
    QCOMPARE(file.error().code, ErrorCode::UnknownFormat);
    QVERIFY(file.error().message.contains(u"newer"_s));
}

void TestProjectFile::createFailsWhenFolderCannotBeMade()
{
    const QString blocker = m_env.path(u"blocker"_s);
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const auto file = ProjectFile::open(blocker + u"/sub/p.idiolect"_s, true);
    QVERIFY(!file);
    QCOMPARE(file.error().code, ErrorCode::WriteFailed);
}

void TestProjectFile::copyAsHasTheSameState()
{
    auto file = ProjectFile::open(freshPath(), true);
    QVERIFY(file);
    QVERIFY((*file)->save(fullState(), ProjectFile::All, nullptr).ok());
    const QString target = m_env.path(u"copy.idiolect"_s);
    QVERIFY((*file)->saveCopyAs(target).ok());
    QVERIFY((*file)->saveCopyAs(target).ok()); // overwriting works too
    auto copy = ProjectFile::open(target, false);
    QVERIFY(copy);
    QVERIFY(*(*copy)->load() == fullState());
    const auto bad = (*file)->saveCopyAs(m_env.path(u"no/such/dir/x.idiolect"_s));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::WriteFailed);
}

void TestProjectFile::fileIsPrivate()
{
    const QString path = freshPath();
    QVERIFY(ProjectFile::open(path, true));
    const auto perms = QFile::permissions(path);
    QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
    QVERIFY(!perms.testFlag(QFileDevice::ReadGroup));
    QVERIFY(!perms.testFlag(QFileDevice::ReadOther));
}

void TestProjectFile::defaultPathIsStablePerExport()
{
    const QString a = ProjectFile::defaultPathForExport(u"/exports/one"_s);
    QCOMPARE(ProjectFile::defaultPathForExport(u"/exports/one"_s), a);
    QVERIFY(a != ProjectFile::defaultPathForExport(u"/exports/two"_s));
    QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(a.endsWith(u".idiolect"_s));
    QVERIFY(a.contains(u"one-"_s));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
