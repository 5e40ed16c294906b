// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "JobStatusWidget.h"
#include "MainWindowActions.h"
#include "NavigationBar.h"
#include "Page.h"
#include "ShortcutsDialog.h"
#include "diagnostics/DiagnosticsRecorder.h"
#include "diagnostics/EventLoopProbe.h"
#include "enrich/EnrichmentController.h"
#include "export/ExportPage.h"
#include "generation/GenerationController.h"
#include "import/DemoExport.h"
#include "import/ImportController.h"
#include "import/RecentFilesModel.h"
#include "import/WelcomePage.h"
#include "jobs/JobTracker.h"
#include "overview/OverviewPage.h"
#include "preferences/ExtrasController.h"
#include "preview/PreviewPage.h"
#include "privacy/PrivacyController.h"
#include "privacy/PrivacyPage.h"
#include "project/ProjectFile.h"
#include "project/Session.h"
#include "review/ReviewPage.h"
#include "settings/Settings.h"
#include "style/StylePage.h"
#include "widgets/FileDialog.h"
#include "widgets/Icons.h"
#include "widgets/MessageBox.h"
#include "widgets/SplitterLayout.h"
#include "widgets/Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace idiolect {

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_jobs(new JobTracker(this)),
      m_session(new Session(this)),
      m_importer(new ImportController(m_session, settings, m_jobs, this)),
      m_generation(new GenerationController(m_session, m_jobs, this)),
      m_actions(std::make_unique<MainWindowActions>(this)),
      m_navigation(new NavigationBar(this)),
      m_stack(new QStackedWidget(this)),
      m_jobStatus(new JobStatusWidget(m_jobs, this)),
      m_saveState(new QLabel(this)),
      m_extras(new ExtrasController(this, settings, m_session, m_importer, m_jobs))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::appIcon());
    setAcceptDrops(true);
    setUnifiedTitleAndToolBarOnMac(true);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *welcome = new WelcomePage(m_importer, settings, this);
    connect(welcome, &WelcomePage::openFolderRequested, this, &MainWindow::openFolderDialog);
    connect(welcome, &WelcomePage::openFileRequested, this, &MainWindow::openFileDialog);
    connect(welcome, &WelcomePage::howItWorksRequested, m_extras,
            &ExtrasController::showHowItWorks);
    addPage(welcome);
    addPage(new OverviewPage(m_session, m_importer, this));
    auto *preview = new PreviewPage(m_generation, m_jobs, this);
    connect(preview, &PreviewPage::overviewRequested, this, [this] { showPage(u"overview"_s); });
    addPage(preview);
    auto *stylePage = new StylePage(m_session, m_jobs, this);
    connect(stylePage, &StylePage::overviewRequested, this, [this] { showPage(u"overview"_s); });
    addPage(stylePage);
    auto *privacyPage = new PrivacyPage(m_session, m_jobs, this);
    connect(privacyPage, &PrivacyPage::overviewRequested, this,
            [this] { showPage(u"overview"_s); });
    addPage(privacyPage);
    auto *review = new ReviewPage(m_session, m_generation, this);
    connect(review, &ReviewPage::previewRequested, this, [this] { showPage(u"preview"_s); });
    addPage(review);
    auto *exportPage = new ExportPage(m_session, m_generation, m_jobs, settings, this);
    connect(exportPage, &ExportPage::reviewRequested, this, [this] { showPage(u"review"_s); });
    connect(exportPage, &ExportPage::privacyRequested, this, [this] { showPage(u"privacy"_s); });
    addPage(exportPage);

    m_actions->buildMenus(menuBar(), &m_recentMenu, &m_pagesMenu);
    // Undo and redo act on review verdicts, the only undoable edits.
    if (auto *edit = menuBar()->findChild<QMenu *>(u"editMenu"_s)) {
        QAction *undo = review->undoStack()->createUndoAction(this, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = review->undoStack()->createRedoAction(this, tr("&Redo"));
        QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
        for (const QKeySequence &k :
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
            if (!redoKeys.contains(k))
                redoKeys.append(k);
        }
        redo->setShortcuts(redoKeys);
        addAction(undo);
        addAction(redo);
        edit->insertActions(edit->actions().value(0), {undo, redo});
        edit->insertSeparator(edit->actions().value(2));
    }
    m_extras->install(menuBar());
    connect(m_extras->enrichment(), &EnrichmentController::layerChanged, this,
            [this, privacy = privacyPage->controller()] {
                if (!m_session->hasExport())
                    return;
                m_generation->setLayer(m_extras->enrichment()->layer());
                privacy->setInput(m_extras->enrichment()->layer());
            });
    connect(m_generation, &GenerationController::resultChanged, this, [this] {
        m_extras->probe()->mark(u"generation result"_s);
        if (const auto &result = m_generation->result())
            m_extras->diagnostics()->recordGeneration(
                result->summary, qint64(result->summary.processingTime * 1000.0));
    });
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *go = m_pagesMenu->addAction(m_pages[i]->title());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        addAction(go);
        connect(go, &QAction::triggered, this, [this, i] { showPage(m_pages[i]->pageId()); });
    }
    connectActions();

    statusBar()->addWidget(m_saveState, 1);
    statusBar()->addPermanentWidget(m_jobStatus);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);
    connect(m_session, &Session::exportChanged, this, &MainWindow::exportChanged);
    connect(m_session, &Session::savingStarted, this,
            [this] { m_saveState->setText(tr("Saving\u2026")); });
    connect(m_session, &Session::saved, this,
            [this] { m_saveState->setText(tr("All changes saved")); });
    connect(m_session, &Session::saveFailed, this, &MainWindow::showSaveError);
    connect(m_importer, &ImportController::started, this, [this] {
        if (!m_session->hasExport())
            showPage(u"welcome"_s);
    });
    connect(m_importer, &ImportController::failed, this, [this] { showPage(u"welcome"_s); });
    connect(m_importer, &ImportController::succeeded, this, [this] {
        if (currentPageId() == "welcome"_L1)
            showPage(u"overview"_s);
    });
    connect(m_importer, &ImportController::warning, this, &MainWindow::showSaveError);
    connect(m_settings, &Settings::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    // Files go away while the app runs: whether each is still there is checked on opening.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::ColorScheme) // the preferences changed it
            m_actions->colorScheme->actions()
                .value(int(m_settings->colorScheme()))
                ->setChecked(true);
    });

    exportChanged();
    updateRecentMenu();
    m_navigation->setCurrentRow(0);
    restoreWindow();
}

MainWindow::~MainWindow()
{
    m_jobs->cancelAll();
    m_session->flush();
}

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    m_navigation->addPage(page);
}

void MainWindow::connectActions()
{
    const MainWindowActions &a = *m_actions;
    connect(a.openFolder, &QAction::triggered, this, &MainWindow::openFolderDialog);
    connect(a.openFile, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(a.openDemo, &QAction::triggered, this, &MainWindow::openDemo);
    a.openDemo->setEnabled(DemoExport::isAvailable());
    connect(a.saveProjectAs, &QAction::triggered, this, &MainWindow::saveProjectAs);
    connect(a.closeExport, &QAction::triggered, this, [this] {
        m_session->close();
        showPage(u"welcome"_s);
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.find, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<Page *>(m_stack->currentWidget()))
            page->focusSearch();
    });
    connect(a.generate, &QAction::triggered, m_generation, &GenerationController::run);
    connect(a.cancelJob, &QAction::triggered, m_jobs, &JobTracker::cancelAll);
    connect(m_jobs, &JobTracker::jobsChanged, this,
            [this] { m_actions->cancelJob->setEnabled(m_jobs->isBusy()); });
    m_actions->cancelJob->setEnabled(false);
    auto step = [this](int delta) {
        const int n = m_navigation->count();
        for (int row = m_navigation->currentRow() + delta; row >= 0 && row < n; row += delta) {
            if (m_navigation->isPageEnabled(row)) {
                m_navigation->setCurrentRow(row);
                return;
            }
        }
    };
    connect(a.nextPage, &QAction::triggered, this, [step] { step(1); });
    connect(a.previousPage, &QAction::triggered, this, [step] { step(-1); });

    const Settings::ColorScheme scheme = m_settings->colorScheme();
    a.schemeSystem->setChecked(scheme == Settings::ColorScheme::System);
    a.schemeLight->setChecked(scheme == Settings::ColorScheme::Light);
    a.schemeDark->setChecked(scheme == Settings::ColorScheme::Dark);
    auto setScheme = [this](Settings::ColorScheme s) {
        m_settings->setColorScheme(s);
        Theme::apply(s);
    };
    connect(a.schemeSystem, &QAction::triggered, this,
            [setScheme] { setScheme(Settings::ColorScheme::System); });
    connect(a.schemeLight, &QAction::triggered, this,
            [setScheme] { setScheme(Settings::ColorScheme::Light); });
    connect(a.schemeDark, &QAction::triggered, this,
            [setScheme] { setScheme(Settings::ColorScheme::Dark); });
    connect(a.fullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });
    connect(a.shortcuts, &QAction::triggered, this, [this] {
        QList<QAction *> list = m_actions->all();
        list += m_pagesMenu->actions();
        list += m_extras->actions();
        auto *dialog = new ShortcutsDialog(list, {}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(a.about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

Page *MainWindow::page(const QString &id) const
{
    for (Page *p : m_pages) {
        if (p->pageId() == id)
            return p;
    }
    return nullptr;
}

bool MainWindow::showPage(const QString &id)
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages[row]->pageId() == id && m_navigation->isPageEnabled(row)) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    const auto *p = qobject_cast<const Page *>(m_stack->currentWidget());
    return p ? p->pageId() : QString();
}

void MainWindow::pageChanged(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    m_extras->probe()->mark(u"page "_s + m_pages[row]->pageId());
    m_stack->setCurrentIndex(row);
    m_generation->setAutoRun(m_pages[row]->usesGeneration());
    m_pages[row]->activate();
    if (m_session->hasExport())
        m_settings->setLastPage(m_pages[row]->pageId());
}

void MainWindow::exportChanged()
{
    const bool has = m_session->hasExport();
    for (int row = 0; row < m_pages.size(); ++row)
        m_navigation->setPageEnabled(row, has || !m_pages[row]->requiresExport());
    const QList<QAction *> goActions = m_pagesMenu->actions();
    for (int i = 0; i < goActions.size() && i < m_pages.size(); ++i)
        goActions[i]->setEnabled(has || !m_pages[i]->requiresExport());
    m_actions->saveProjectAs->setEnabled(has && !m_session->projectPath().isEmpty());
    m_actions->closeExport->setEnabled(has);
    m_actions->generate->setEnabled(has);
    // Generation (which anonymizes on its own, docs/privacy.md) and the Privacy page read
    // the enriched text.
    if (has) {
        m_generation->setLayer(m_extras->enrichment()->layer());
        if (auto *privacy = qobject_cast<PrivacyPage *>(page(u"privacy"_s)))
            privacy->controller()->setInput(m_extras->enrichment()->layer());
    }
    if (!has && m_pages.value(m_navigation->currentRow())
        && m_pages[m_navigation->currentRow()]->requiresExport())
        showPage(u"welcome"_s);
    m_saveState->setText(has && !m_session->projectPath().isEmpty()
                             ? tr("Your choices are saved automatically")
                             : QString());
    m_saveState->setToolTip(QDir::toNativeSeparators(m_session->projectPath()));
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_session->hasExport()) {
        setWindowTitle(tr("Idiolect"));
        return;
    }
    setWindowTitle(
        tr("%1 \u2014 Idiolect").arg(RecentFilesModel::displayName(m_session->state().exportPath)));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(RecentFilesModel::displayName(path));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, m_settings, &Settings::clearRecentFiles);
}

void MainWindow::openPath(const QString &path)
{
    m_importer->open(path);
}

void MainWindow::openDemo()
{
    m_importer->openDemo();
}

void MainWindow::openFolderDialog()
{
    const QString dir
        = FileDialog::existingDirectory(this, tr("Open Export Folder"), m_settings->lastOpenDir());
    if (dir.isEmpty())
        return;
    m_settings->setLastOpenDir(QFileInfo(dir).absolutePath());
    openPath(dir);
}

void MainWindow::openFileDialog()
{
    const QString filter = tr("Exports and projects (*.sqlite *.db *.jsonl *.zip *.csv *.json *.%1)"
                              ";;Idiolect projects (*.%1);;All files (*)")
                               .arg(ProjectFile::suffix());
    const QString file = FileDialog::openFileName(this, tr("Open Export File or Project"),
                                                  m_settings->lastOpenDir(), filter);
    if (file.isEmpty())
        return;
    m_settings->setLastOpenDir(QFileInfo(file).absolutePath());
    openPath(file);
}

void MainWindow::saveProjectAs()
{
    if (m_session->projectPath().isEmpty())
        return;
    const QString suggestion = m_settings->lastOpenDir() + u'/'
        + QFileInfo(m_session->state().exportPath).completeBaseName() + u'.'
        + ProjectFile::suffix();
    QString target
        = FileDialog::saveFileName(this, tr("Save Project As"), suggestion,
                                   tr("Idiolect projects (*.%1)").arg(ProjectFile::suffix()));
    if (target.isEmpty())
        return;
    if (!target.endsWith(u'.' + ProjectFile::suffix()))
        target += u'.' + ProjectFile::suffix();
    m_session->flush();
    auto file = ProjectFile::open(m_session->projectPath(), false);
    const Status status = file ? (*file)->saveCopyAs(target) : Status(file.error());
    if (!status) {
        showSaveError(status.error());
        return;
    }
    m_settings->addRecentFile(target);
    statusBar()->showMessage(
        tr("Saved a copy of the project to %1").arg(QDir::toNativeSeparators(target)), 5000);
}

void MainWindow::showSaveError(const Error &error)
{
    m_saveState->setText(tr("Saving failed: %1").arg(error.message));
    m_saveState->setToolTip(error.toString());
}

void MainWindow::restoreWindow()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1280, avail.width() * 9 / 10), std::min(820, avail.height() * 9 / 10));
    }
    restoreState(m_settings->windowState());
    SplitterLayout::restore(this, m_settings->splitterStates());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_jobs->isBusy() && m_settings->value(Settings::Key::ConfirmQuitWhileBusy).toBool()) {
        const auto answer = MessageBox::question(
            this, tr("Quit Idiolect?"),
            tr("A task is still running. If you quit now it is canceled; your choices so far are "
               "saved."),
            MessageBox::Buttons(MessageBox::Button::Yes | MessageBox::Button::Cancel),
            MessageBox::Button::Cancel);
        if (answer != MessageBox::Button::Yes) {
            event->ignore();
            return;
        }
    }
    m_jobs->cancelAll();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterStates(SplitterLayout::save(this));
    m_settings->sync();
    // The window goes first: what is left to save (a bulk verdict over a million examples takes
    // a second or so to write) is written after it has disappeared.
    const bool wasVisible = isVisible();
    hide();
    QString failure;
    const auto heard
        = connect(m_session, &Session::saveFailed, this, [&failure](const Error &error) {
              // The hint says why (what to check, SQLite's words); the message would only
              // repeat that the project could not be saved.
              failure = error.hint.isEmpty() ? error.message : error.hint;
          });
    const bool saved = m_session->flush();
    disconnect(heard);
    if (!saved) {
        // Never lose curation silently: the user may make room and try again.
        if (wasVisible)
            show();
        const auto answer = MessageBox::warning(
            this, tr("Quit Without Saving?"),
            tr("Your latest changes could not be written to the project file.\n\n%1\n\nIf you "
               "quit now, they are lost. Make room on the disk and close the window again, or "
               "discard them.")
                .arg(failure),
            MessageBox::Buttons(MessageBox::Button::Discard | MessageBox::Button::Cancel),
            MessageBox::Button::Cancel);
        if (answer != MessageBox::Button::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openPath(urls.first().toLocalFile());
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        m_navigation->refresh(m_pages);
}

} // namespace idiolect
