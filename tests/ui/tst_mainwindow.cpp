// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSizeLimit.h"
#include "TestExport.h"
#include "UiTestEnvironment.h"
#include "common/JobContext.h"
#include "export/AnonymizeBox.h"
#include "export/ExportPage.h"
#include "generation/GenerationController.h"
#include "import/DemoExport.h"
#include "import/ImportController.h"
#include "import/RecentFilesModel.h"
#include "import/WelcomePage.h"
#include "jobs/JobPool.h"
#include "jobs/JobTracker.h"
#include "overview/DateRangeBar.h"
#include "overview/OverviewPage.h"
#include "overview/SelfPanel.h"
#include "overview/ThreadTableModel.h"
#include "project/ProjectFile.h"
#include "project/Session.h"
#include "review/ExampleFilterProxy.h"
#include "review/ExampleTableModel.h"
#include "review/ReviewDetail.h"
#include "review/ReviewPage.h"
#include "settings/Settings.h"
#include "shell/JobStatusWidget.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "widgets/FileDialog.h"
#include "widgets/InlineMessage.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace idiolect;

namespace {

/** A preset range that differs from @p range (a choice the project must remember). */
DateRange anotherRange(const DateRange &range)
{
    DateRange other;
    other.preset = range.preset == DateRange::Preset::Last2Years ? DateRange::Preset::Last5Years
                                                                 : DateRange::Preset::Last2Years;
    return other;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsOnTheWelcomePage();
    void opensAnExportFromTheFolderDialog();
    void brokenExportShowsTheErrorInline();
    void invalidTextCanBeImportedAnyway();
    void choicesComeBackAfterRestart();
    void projectFileOpensItsExport();
    void projectWithoutItsExportFails();
    void unreadableProjectIsSetAside();
    void reopeningKeepsChoicesNotYetSaved();
    void openingAnotherCancelsTheRunningImport();
    void recentMenuNoticesDeletedFiles();
    void welcomeListNoticesDeletedFiles();
    void changingSelfReimports();
    void unknownSelfAsksToChoose();
    void droppingAFolderOpensIt();
    void shortcutsNavigateAndSearch();
    void quittingWhileBusyAsks();
    void closingAsksWhenChangesCannotBeSaved();
    void demoExportOpens();
    void mainFlowWritesAReviewedDataset();
    void anonymizationCanBeSwitchedOff();
    void bulkVerdictIsOneUndoStepAndPersists();

private:
    bool openAndWait(const QString &path);
    OverviewPage *overview() const;
    WelcomePage *welcome() const;
    int rowOf(const QString &chat) const;

    test::UiTestEnvironment m_env;
    QString m_export;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_env.isValid());
    m_export = test::TestExport::writeDefault(m_env.path(u"signal-csv"_s));
}

void TestMainWindow::init()
{
    MessageBox::resetForTests();
    FileDialog::resetForTests();
    m_settings = std::make_unique<Settings>(m_env.settingsFile());
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    JobPool::waitForDone();
    m_settings.reset();
}

bool TestMainWindow::openAndWait(const QString &path)
{
    QSignalSpy done(m_window->importer(), &ImportController::succeeded);
    QSignalSpy failed(m_window->importer(), &ImportController::failed);
    m_window->openPath(path);
    return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000)
        && !done.isEmpty();
}

OverviewPage *TestMainWindow::overview() const
{
    return qobject_cast<OverviewPage *>(m_window->page(u"overview"_s));
}

WelcomePage *TestMainWindow::welcome() const
{
    return qobject_cast<WelcomePage *>(m_window->page(u"welcome"_s));
}

int TestMainWindow::rowOf(const QString &chat) const
{
    const QAbstractItemModel *model = overview()->table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, ThreadTableModel::Name).data().toString() == chat)
            return r;
    }
    return -1;
}

void TestMainWindow::startsOnTheWelcomePage()
{
    QCOMPARE(m_window->currentPageId(), u"welcome"_s);
    QVERIFY(!m_window->showPage(u"overview"_s)); // needs an export
    QCOMPARE(m_window->windowTitle(), u"Idiolect"_s);
    QVERIFY(!m_window->actions().closeExport->isEnabled());
}

void TestMainWindow::opensAnExportFromTheFolderDialog()
{
    FileDialog::setNextResult(m_export);
    QSignalSpy done(m_window->importer(), &ImportController::succeeded);
    m_window->actions().openFolder->trigger();
    QVERIFY(done.wait(30000));
    QVERIFY(m_window->session()->hasExport());
    QCOMPARE(m_window->currentPageId(), u"overview"_s);
    QCOMPARE(overview()->table()->model()->rowCount(), 5);
    QVERIFY(m_window->windowTitle().contains(u"signal-csv"_s));
    QCOMPARE(m_settings->recentFiles().value(0), m_export);
    auto *self = overview()->findChild<QLabel *>(u"selfSummary"_s);
    QVERIFY(self->text().contains(u"Alex Self"_s));
    auto *summary = overview()->findChild<QLabel *>(u"selectionSummary"_s);
    QVERIFY2(summary->text().contains(u"Using 4 of 5 chats"_s), qPrintable(summary->text()));
    QVERIFY(welcome()->recentView()->model()->rowCount() >= 1);
}

void TestMainWindow::brokenExportShowsTheErrorInline()
{
    const QString broken = test::TestExport::writeMissingColumn(m_env.path(u"broken"_s));
    QVERIFY(!openAndWait(broken));
    QCOMPARE(m_window->currentPageId(), u"welcome"_s);
    InlineMessage *message = welcome()->messageBar();
    QVERIFY(message->isVisible());
    QCOMPARE(message->tone(), Theme::Tone::Negative);
    QVERIFY2(message->text().contains(u"date_sent"_s), qPrintable(message->text()));
    QVERIFY(message->text().contains(u"message.csv"_s));
    QVERIFY(message->text().contains(u"line 1"_s));
    QVERIFY(message->text().contains(u"signalbackup-tools"_s)); // the hint
    QVERIFY(!m_window->session()->hasExport());
}

void TestMainWindow::invalidTextCanBeImportedAnyway()
{
    const QString bad = test::TestExport::writeInvalidUtf8(m_env.path(u"bad-utf8"_s));
    QVERIFY(!openAndWait(bad));
    InlineMessage *message = welcome()->messageBar();
    QVERIFY(message->isVisible());
    QPushButton *anyway = nullptr;
    for (QPushButton *b : message->findChildren<QPushButton *>()) {
        if (b->text() == u"Import Anyway"_s)
            anyway = b;
    }
    QVERIFY(anyway);
    QSignalSpy done(m_window->importer(), &ImportController::succeeded);
    anyway->click();
    QVERIFY(done.wait(30000));
    QVERIFY(m_window->session()->state().lenientImport);
    QVERIFY(!m_window->session()->chatExport()->warnings.isEmpty());
    const QList<InlineMessage *> warnings = overview()->findChildren<InlineMessage *>();
    const bool shown = std::any_of(warnings.begin(), warnings.end(), [](InlineMessage *m) {
        return m->isVisible() && m->tone() == Theme::Tone::Warning;
    });
    QVERIFY(shown);
}

void TestMainWindow::choicesComeBackAfterRestart()
{
    QVERIFY(openAndWait(m_export));
    QTableView *table = overview()->table();
    const int bea = rowOf(u"Bea Brandt"_s);
    QVERIFY(bea >= 0);
    const QModelIndex check = table->model()->index(bea, ThreadTableModel::Included);
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Click the checkbox like a user.
    const QRect cell = table->visualRect(check);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    if (check.data(Qt::CheckStateRole).toInt() == int(Qt::Checked)) // style puts the box elsewhere
        table->model()->setData(check, Qt::Unchecked, Qt::CheckStateRole);
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    overview()->dateRangeBar()->presetBox()->setCurrentIndex(3);
    Q_EMIT overview()->dateRangeBar()->presetBox()->activated(3);
    QCOMPARE(m_window->session()->state().range.preset, DateRange::Preset::Last12Months);

    // Restart the app without a clean shutdown of the session's timer.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(openAndWait(m_export));
    const int beaAgain = rowOf(u"Bea Brandt"_s);
    QCOMPARE(overview()->table()->model()->index(beaAgain, 0).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(m_window->session()->state().range.preset, DateRange::Preset::Last12Months);
}

void TestMainWindow::projectFileOpensItsExport()
{
    QVERIFY(openAndWait(m_export));
    const QString project = m_window->session()->projectPath();
    QVERIFY(QFileInfo::exists(project));
    const QString copy = m_env.path(u"my-project.idiolect"_s);
    FileDialog::setNextResult(copy);
    m_window->actions().saveProjectAs->trigger();
    QVERIFY(QFileInfo::exists(copy));
    m_window->actions().closeExport->trigger();
    QVERIFY(!m_window->session()->hasExport());
    QCOMPARE(m_window->currentPageId(), u"welcome"_s);
    QVERIFY(openAndWait(copy));
    QCOMPARE(m_window->session()->projectPath(), copy);
    QCOMPARE(m_window->session()->state().exportPath, m_export);
}

// The project is read on a worker with the import; what it finds comes back as the open's
// result, so a project whose export is gone fails like a broken export does.
void TestMainWindow::projectWithoutItsExportFails()
{
    const QString gone = test::TestExport::writeDefault(m_env.path(u"gone"_s));
    QVERIFY(openAndWait(gone));
    const QString copy = m_env.path(u"orphan.idiolect"_s);
    FileDialog::setNextResult(copy);
    m_window->actions().saveProjectAs->trigger();
    QVERIFY(QFileInfo::exists(copy));
    m_window->actions().closeExport->trigger();
    QVERIFY(QDir(gone).removeRecursively());
    QVERIFY(!openAndWait(copy));
    QCOMPARE(m_window->currentPageId(), u"welcome"_s);
    InlineMessage *message = welcome()->messageBar();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"no longer there"_s), qPrintable(message->text()));
    QVERIFY(!m_window->session()->hasExport());
}

void TestMainWindow::unreadableProjectIsSetAside()
{
    const QString dir = test::TestExport::writeDefault(m_env.path(u"garbled-project"_s));
    const QString project = ProjectFile::defaultPathForExport(dir);
    QVERIFY(QDir().mkpath(QFileInfo(project).absolutePath()));
    QFile garbage(project);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not an SQLite database");
    garbage.close();
    QVERIFY(openAndWait(dir));
    QCOMPARE(m_window->session()->projectPath(), project);
    QVERIFY(ProjectFile::isProjectFile(project)); // a fresh project in its place
    QFile aside(project + u".unreadable"_s);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray("this is not an SQLite database"));
}

// The project is read on the worker: reopening the open export must not lose what the user
// did since the last autosave (the session is flushed first).
void TestMainWindow::reopeningKeepsChoicesNotYetSaved()
{
    QVERIFY(openAndWait(m_export));
    Session *session = m_window->session();
    const DateRange before = session->state().range;
    const DateRange range = anotherRange(before);
    session->setDateRange(range);
    QVERIFY(session->hasUnsavedChanges()); // the autosave has not run yet
    QVERIFY(openAndWait(m_export));
    QCOMPARE(m_window->session()->state().range.preset, range.preset);
    m_window->session()->setDateRange(before); // as it was, for the other tests
    QVERIFY(m_window->session()->flush());
}

// Opening while an import runs cancels it (its result would be ignored, but the job would run
// on to its end, using a core). Asserted on the job's context, which the cancel sets at once.
void TestMainWindow::openingAnotherCancelsTheRunningImport()
{
    const QString other = test::TestExport::writeDefault(m_env.path(u"second-export"_s));
    QSignalSpy done(m_window->importer(), &ImportController::succeeded);
    m_window->openPath(other);
    QVERIFY(m_window->importer()->isRunning());
    const QList<JobTracker::Job> jobs = m_window->jobs()->jobs();
    QCOMPARE(jobs.size(), 1);
    const std::shared_ptr<JobContext> first = jobs.first().context;
    QVERIFY(!first->isCanceled());
    m_window->openPath(m_export);
    QVERIFY(first->isCanceled());
    QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, 30000));
    QCOMPARE(done.size(), 1); // only the newer open reports
    QCOMPARE(done.first().first().toString(), QFileInfo(m_export).absoluteFilePath());
    QCOMPARE(m_window->session()->state().exportPath, QFileInfo(m_export).absoluteFilePath());
}

// The Open Recent menu looks at the disk each time it opens, not only when the list changes.
void TestMainWindow::recentMenuNoticesDeletedFiles()
{
    const QString doomed = test::TestExport::writeDefault(m_env.path(u"doomed-export"_s));
    m_settings->addRecentFile(doomed);
    auto *menu = m_window->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(menu);
    const auto actionFor = [menu](const QString &path) -> QAction * {
        for (QAction *action : menu->actions()) {
            if (action->statusTip() == QDir::toNativeSeparators(path))
                return action;
        }
        return nullptr;
    };
    QVERIFY(actionFor(doomed));
    QVERIFY(actionFor(doomed)->isEnabled());
    QVERIFY(QDir(doomed).removeRecursively());
    Q_EMIT menu->aboutToShow();
    QVERIFY(actionFor(doomed));
    QVERIFY(!actionFor(doomed)->isEnabled());
    m_settings->removeRecentFile(doomed);
}

// The Welcome page is where the app starts and stays until something opens: coming back to
// the window (from the file manager that deleted an export) greys the entry out.
void TestMainWindow::welcomeListNoticesDeletedFiles()
{
    const QString doomed = test::TestExport::writeDefault(m_env.path(u"deleted-later"_s));
    m_settings->addRecentFile(doomed);
    QCOMPARE(m_window->currentPageId(), u"welcome"_s);
    const QAbstractItemModel *model = welcome()->recentView()->model();
    QCOMPARE(model->index(0, 0).data(RecentFilesModel::PathRole).toString(), doomed);
    QVERIFY(model->index(0, 0).data(RecentFilesModel::ExistsRole).toBool());
    QVERIFY(QDir(doomed).removeRecursively());
    QEvent activation(QEvent::ActivationChange);
    QCoreApplication::sendEvent(welcome(), &activation);
    QVERIFY(!model->index(0, 0).data(RecentFilesModel::ExistsRole).toBool());
    m_settings->removeRecentFile(doomed);
}

void TestMainWindow::changingSelfReimports()
{
    QVERIFY(openAndWait(m_export));
    OverviewPage *page = overview();
    page->changeSelfButton()->click();
    QVERIFY(page->selfPanel()->isVisible());
    QVERIFY(page->selfPanel()->selectRecipient(4)); // Carl
    QSignalSpy done(m_window->importer(), &ImportController::succeeded);
    for (QPushButton *b : page->selfPanel()->findChildren<QPushButton *>()) {
        if (b->text() == u"Use This Person"_s)
            b->click();
    }
    QVERIFY(done.wait(30000));
    QCOMPARE(m_window->session()->chatExport()->self.id, 4);
    QCOMPARE(m_window->session()->state().selfOverride, std::optional<qint64>(4));
    QVERIFY(page->findChild<QLabel *>(u"selfSummary"_s)->text().contains(u"Carl Chen"_s));
    // Back to Alex for the other tests (the project remembers the override).
    m_window->importer()->reimport(2, false);
    QVERIFY(done.wait(30000));
}

void TestMainWindow::unknownSelfAsksToChoose()
{
    const QString dir = test::TestExport::writeUnknownSelf(m_env.path(u"unknown-self"_s));
    QVERIFY(openAndWait(dir));
    if (m_window->session()->chatExport()->self.isKnown())
        QSKIP("the importer found self in the old-schema fixture");
    QVERIFY(overview()->selfPanel()->isVisible());
    QVERIFY(overview()->changeSelfButton()->text().contains(u"Choose"_s));
}

void TestMainWindow::droppingAFolderOpensIt()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_export)});
    QSignalSpy done(m_window->importer(), &ImportController::succeeded);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(done.wait(30000));
    QVERIFY(m_window->session()->hasExport());

    QMimeData text;
    text.setText(u"not a file"_s);
    QDragEnterEvent refuse(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refuse.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refuse);
    QVERIFY(!refuse.isAccepted());
}

void TestMainWindow::shortcutsNavigateAndSearch()
{
    QVERIFY(openAndWait(m_export));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), u"welcome"_s);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), u"overview"_s);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(overview()->searchField()->hasFocus());
    QTest::keyClicks(overview()->searchField(), u"dora"_s);
    QCOMPARE(overview()->table()->model()->rowCount(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), u"welcome"_s);
}

void TestMainWindow::quittingWhileBusyAsks()
{
    m_window->openPath(m_export);
    QVERIFY(m_window->jobs()->isBusy());
    QVERIFY(m_window->jobStatus()->isVisibleTo(m_window.get()));
    MessageBox::setNextAnswer(MessageBox::Button::Cancel);
    QVERIFY(!m_window->close());
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(m_window->isVisible());
    MessageBox::setNextAnswer(MessageBox::Button::Yes);
    if (m_window->jobs()->isBusy()) {
        QVERIFY(m_window->close());
        QCOMPARE(MessageBox::shownCount(), 2);
    }
}

// The window hides before the last save; a save that fails brings it back with the question
// (a full disk: no file of the process may grow past one byte).
void TestMainWindow::closingAsksWhenChangesCannotBeSaved()
{
    QVERIFY(openAndWait(m_export));
    Session *session = m_window->session();
    QVERIFY(session->flush());
    const DateRange before = session->state().range;
    const DateRange range = anotherRange(before);
    session->setDateRange(range);
    // Idle, so closing asks nothing about running jobs (the new range starts a generation).
    QVERIFY(QTest::qWaitFor([&] { return !m_window->jobs()->isBusy(); }, 30000));
    MessageBox::setNextAnswer(MessageBox::Button::Cancel);
    {
        const testing::FileSizeLimit full(1);
        QVERIFY(full.isActive());
        QVERIFY(!m_window->close());
    }
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(m_window->isVisible());
    QVERIFY(session->hasUnsavedChanges());
    QCOMPARE(session->state().range.preset, range.preset);
    // Room again: closing saves and asks nothing.
    session->setDateRange(before); // as it was, for the other tests
    QVERIFY(QTest::qWaitFor([&] { return !m_window->jobs()->isBusy(); }, 30000));
    QVERIFY(m_window->close());
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(!session->hasUnsavedChanges());
}

void TestMainWindow::demoExportOpens()
{
    if (!DemoExport::isAvailable())
        QSKIP("this build embeds no demo export (resources/demo)");
    QSignalSpy done(m_window->importer(), &ImportController::succeeded);
    m_window->openDemo();
    QVERIFY(done.wait(60000));
    QVERIFY(m_window->session()->chatExport()->textMessages() > 0);
    // The recent list names the cached copy as the demo, not by its content hash.
    const QModelIndex recent = welcome()->recentView()->model()->index(0, 0);
    QCOMPARE(recent.data().toString(), u"Demo export"_s);
}

void TestMainWindow::mainFlowWritesAReviewedDataset()
{
    // Open the demo export from the welcome page.
    QVERIFY(DemoExport::isAvailable());
    QSignalSpy imported(m_window->importer(), &ImportController::succeeded);
    welcome()->demoButton()->click();
    QVERIFY(imported.wait(60000));
    QCOMPARE(m_window->currentPageId(), u"overview"_s);

    // Select partners: none of the chats, then Lena, Marco and the climbing group.
    overview()->includeShown(false);
    QCOMPARE(m_window->session()->includedThreadCount(), 0);
    QAbstractItemModel *threads = overview()->table()->model();
    QSet<qint64> chosenIds;
    for (const QString &chat :
         {u"Lena Hoffmann"_s, u"Marco Rossi"_s, u"Climbing crew \U0001F9D7"_s}) {
        const int row = rowOf(chat);
        QVERIFY2(row >= 0, qPrintable(chat));
        QVERIFY(threads->setData(threads->index(row, ThreadTableModel::Included), Qt::Checked,
                                 Qt::CheckStateRole));
    }
    const QList<qint64> included = m_window->session()->includedThreadIds();
    chosenIds = QSet<qint64>(included.begin(), included.end());
    QCOMPARE(chosenIds.size(), 3);

    // Review: the examples are generated when the page shows.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(m_window->showPage(u"review"_s));
    auto *review = qobject_cast<ReviewPage *>(m_window->page(u"review"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->generation()->state(), GenerationController::State::Ready,
                              120000);
    const int total = review->model()->rowCount();
    QVERIFY(total > 3);
    // From here on only review decisions change: no generation job may start again, and
    // the export writes these very examples.
    const quint64 runs = m_window->generation()->startedRuns();
    const std::shared_ptr<const GenerationResult> generated = m_window->generation()->result();
    QTRY_VERIFY(!review->proxy()->isUpdating());
    QSet<qint64> seenThreads;
    for (int r = 0; r < total; ++r)
        seenThreads.insert(review->model()->example(r)->threadId);
    QVERIFY(seenThreads.size() > 1);
    QVERIFY(chosenIds.contains(seenThreads));
    // Anonymization is on by default: the review shows pseudonyms, not the partners' names.
    QVERIFY(m_window->generation()->anonymize());
    for (int r = 0; r < total; ++r) {
        const QString chat
            = review->model()->index(r, ExampleTableModel::Partner).data().toString();
        QVERIFY2(!chat.contains(u"Hoffmann"_s) && !chat.contains(u"Rossi"_s), qPrintable(chat));
    }
    QTableView *table = review->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString rejected
        = table->currentIndex().data(ExampleTableModel::ExampleIdRole).toString();
    QTest::keyClick(table, Qt::Key_R);
    QCOMPARE(m_window->session()->decision(rejected).status, ReviewStatus::Rejected);
    const QString accepted
        = table->currentIndex().data(ExampleTableModel::ExampleIdRole).toString();
    QVERIFY(accepted != rejected); // R moved on to the next example
    QTest::keyClick(table, Qt::Key_A);
    QCOMPARE(m_window->session()->decision(accepted).status, ReviewStatus::Accepted);
    QTest::keyClick(table, Qt::Key_K); // back to the accepted one
    QCOMPARE(table->currentIndex().data(ExampleTableModel::ExampleIdRole).toString(), accepted);
    QTest::keyClick(table, Qt::Key_E);
    QPlainTextEdit *editor = review->detail()->editor();
    QVERIFY(review->detail()->isEditing());
    editor->setPlainText(u"an edited reply"_s);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!review->detail()->isEditing());
    QCOMPARE(m_window->session()->decision(accepted).editedOutput, u"an edited reply"_s);
    // Undo and redo the edit through the Edit menu's shortcuts.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_window->session()->decision(accepted).isEdited());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->session()->decision(accepted).isEdited());

    // Export: all but the rejected one, with the edit, in the messages format.
    QVERIFY(m_window->showPage(u"export"_s));
    auto *page = qobject_cast<ExportPage *>(m_window->page(u"export"_s));
    ExportSettings settings = page->exportSettings();
    settings.format = DatasetFormat::Messages;
    QSignalSpy validated(page, &ExportPage::validated);
    page->setExportSettings(settings);
    // The preview is rendered on a worker, over the shared result.
    QTRY_VERIFY(page->previewText()->toPlainText().contains(u"\"messages\""_s));
    // Validation runs in the background; rows that break the format's rules are not written.
    QTRY_VERIFY_WITH_TIMEOUT(!validated.isEmpty(), 30000);
    QCOMPARE(validated.last().at(0).toLongLong(), total - 1);
    const qint64 invalid = validated.last().at(1).toLongLong();
    QVERIFY(invalid < total / 10);
    const QString out = m_env.path(u"out/my-dataset"_s);
    QDir().mkpath(m_env.path(u"out"_s));
    FileDialog::setNextResult(out);
    QSignalSpy exported(page, &ExportPage::exported);
    page->exportButton()->click();
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.first().first().toString(), out + u".jsonl"_s);
    QVERIFY(page->resultMessage()->isVisible());
    QVERIFY(QFileInfo::exists(m_env.path(u"out/dataset_info.json"_s)));

    QFile file(out + u".jsonl"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    for (const char *name : {"Lena Hoffmann", "Hoffmann", "Marco Rossi", "Rossi"})
        QVERIFY2(!written.contains(name), name);
    file.seek(0);
    int rows = 0;
    bool sawEdit = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        ++rows;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        QVERIFY(row.contains(u"messages"_s));
        const QString id = row.value(u"metadata"_s).toObject().value(u"id"_s).toString();
        QVERIFY(id != rejected);
        QVERIFY(chosenIds.contains(
            row.value(u"metadata"_s).toObject().value(u"thread_id"_s).toInteger()));
        sawEdit = sawEdit || (id == accepted && line.contains("an edited reply"));
    }
    QCOMPARE(rows, total - 1 - invalid);
    QVERIFY(sawEdit);
    QCOMPARE(m_window->generation()->startedRuns(), runs);
    QCOMPARE(m_window->generation()->result(), generated);
}

void TestMainWindow::anonymizationCanBeSwitchedOff()
{
    QSignalSpy imported(m_window->importer(), &ImportController::succeeded);
    m_window->openDemo();
    QVERIFY(imported.wait(60000));
    QVERIFY(m_window->showPage(u"export"_s));
    auto *page = qobject_cast<ExportPage *>(m_window->page(u"export"_s));
    QCheckBox *anonymize = page->anonymizeBox()->checkBox();
    QVERIFY(anonymize->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->generation()->state(), GenerationController::State::Ready,
                              120000);
    // On: the examples come from the privacy stage's layer over the input text.
    const TextLayerPtr anonymized = m_window->generation()->resultLayer();
    QVERIFY(anonymized);
    QVERIFY(anonymized != m_window->generation()->layer());
    const auto partnerNames = [this] {
        QStringList names;
        auto *review = qobject_cast<ReviewPage *>(m_window->page(u"review"_s));
        for (int r = 0; r < review->model()->rowCount(); ++r)
            names << review->model()->index(r, ExampleTableModel::Partner).data().toString();
        return names;
    };
    QVERIFY(!partnerNames().contains(u"Lena Hoffmann"_s));

    // Off: generation reads the input text itself; the choice is kept in the project.
    anonymize->click();
    QVERIFY(!m_window->generation()->anonymize());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->generation()->state() == GenerationController::State::Ready
                                 && m_window->generation()->resultLayer()
                                     == m_window->generation()->layer(),
                             120000);
    QTRY_VERIFY(partnerNames().contains(u"Lena Hoffmann"_s));
    QVERIFY(m_window->session()->flush());
    const QString project = m_window->session()->projectPath();

    // Reopening the project restores the switch; on again, the names are replaced again.
    m_window.reset();
    JobPool::waitForDone();
    m_window = std::make_unique<MainWindow>(m_settings.get());
    QVERIFY(openAndWait(project));
    page = qobject_cast<ExportPage *>(m_window->page(u"export"_s));
    QVERIFY(!m_window->generation()->anonymize());
    QVERIFY(!page->anonymizeBox()->checkBox()->isChecked());
    QVERIFY(m_window->showPage(u"review"_s));
    page->anonymizeBox()->checkBox()->click();
    QVERIFY(m_window->generation()->anonymize());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->generation()->state() == GenerationController::State::Ready
                                 && m_window->generation()->resultLayer()
                                     != m_window->generation()->layer(),
                             120000);
    QTRY_VERIFY(!partnerNames().isEmpty());
    QVERIFY(!partnerNames().contains(u"Lena Hoffmann"_s));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::bulkVerdictIsOneUndoStepAndPersists()
{
    QVERIFY(DemoExport::isAvailable());
    QSignalSpy imported(m_window->importer(), &ImportController::succeeded);
    welcome()->demoButton()->click();
    QVERIFY(imported.wait(60000));
    Session *session = m_window->session();
    session->setAsyncThreshold(1); // the path of 346,000 examples: workers apply and save
    // What the status bar says while a save runs on a worker (the window's own slot runs
    // first: it was connected first).
    const auto statusTexts = [&] {
        QStringList texts;
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            texts.append(label->text());
        return texts;
    };
    QStringList whileSaving;
    connect(session, &Session::savingStarted, this, [&] { whileSaving = statusTexts(); });
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(m_window->showPage(u"review"_s));
    auto *review = qobject_cast<ReviewPage *>(m_window->page(u"review"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->generation()->state(), GenerationController::State::Ready,
                              120000);
    ExampleTableModel *model = review->model();
    // The result reaches the model after the controller says Ready, and with the threshold at 1
    // the model computes its row states on a worker first: wait for the rows, not the state.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 3 && !model->isUpdatingStates()
                                 && !review->proxy()->isUpdating(),
                             60000);
    const int total = model->rowCount();
    const auto settled
        = [&] { return !session->isApplyingDecisions() && !model->isUpdatingStates(); };
    const auto countsSay = [&](qint64 accepted) {
        return review->countsLabel()->text().contains(
            u"%1 accepted"_s.arg(QLocale().toString(accepted)));
    };

    // One example rejected by hand, then everything shown accepted from the menu.
    review->table()->setCurrentIndex(review->proxy()->index(0, 0));
    const QString first
        = review->proxy()->index(0, 0).data(ExampleTableModel::ExampleIdRole).toString();
    review->judgeCurrent(ReviewStatus::Rejected);
    QTRY_VERIFY(settled());
    // (Earlier tests may have left decisions in the demo's project: compare with these.)
    const QHash<QString, ReviewDecision> before = session->state().decisions;
    const qint64 acceptedBefore = model->count(ReviewStatus::Accepted);
    const qint64 rejectedBefore = model->count(ReviewStatus::Rejected);
    QAction *acceptAll = nullptr;
    for (QAction *a : review->findChildren<QAction *>()) {
        if (a->text() == u"Accept All Shown"_s)
            acceptAll = a;
    }
    QVERIFY(acceptAll);
    acceptAll->trigger();
    QTRY_VERIFY(settled());
    QCOMPARE(model->count(ReviewStatus::Accepted), total);
    QTRY_VERIFY(countsSay(total));
    QCOMPARE(review->undoStack()->count(), 2); // the verdict on one, then the bulk one

    // Undo brings back the one rejection; redo accepts everything again.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(settled());
    QCOMPARE(session->state().decisions, before);
    QCOMPARE(model->count(ReviewStatus::Accepted), acceptedBefore);
    QCOMPARE(model->count(ReviewStatus::Rejected), rejectedBefore);
    QCOMPARE(session->decision(first).status, ReviewStatus::Rejected);
    QTRY_VERIFY(countsSay(acceptedBefore));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(settled());
    QCOMPARE(model->count(ReviewStatus::Accepted), total);
    QTRY_VERIFY(countsSay(total));

    // The autosave writes them (on a worker); a fresh read of the project has them all.
    QTRY_VERIFY_WITH_TIMEOUT(!session->hasUnsavedChanges(), 10000);
    QVERIFY2(whileSaving.contains(u"Saving\u2026"_s), qPrintable(whileSaving.join(u'|')));
    QTRY_VERIFY(statusTexts().contains(u"All changes saved"_s));
    auto reader = ProjectFile::open(session->projectPath(), false);
    QVERIFY(reader);
    const auto loaded = (*reader)->load();
    QVERIFY(loaded);
    QCOMPARE(loaded->decisions, session->state().decisions);
    for (int r = 0; r < total; ++r) {
        const QString id = model->index(r, 0).data(ExampleTableModel::ExampleIdRole).toString();
        QCOMPARE(loaded->decisions.value(id).status, ReviewStatus::Accepted);
    }
}

#include "tst_mainwindow.moc"
