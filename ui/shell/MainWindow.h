// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;

namespace idiolect {

struct Error;
class ExtrasController;
class GenerationController;
class ImportController;
class JobStatusWidget;
class JobTracker;
class NavigationBar;
class Page;
class Session;
class Settings;
struct MainWindowActions;

/**
 * The main window: a coordinator that wires the pages to the session, the
 * import controller and the job tracker, and owns menus, sidebar and status
 * bar. Features live in their pages; nothing here knows their internals.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens an export folder/file or a project. */
    void openPath(const QString &path);
    void openDemo();
    /** Shows the page with @p id if it is available; returns false otherwise. */
    bool showPage(const QString &id);
    [[nodiscard]] QString currentPageId() const;

    [[nodiscard]] Session *session() const { return m_session; }
    [[nodiscard]] ImportController *importer() const { return m_importer; }
    [[nodiscard]] JobTracker *jobs() const { return m_jobs; }
    [[nodiscard]] GenerationController *generation() const { return m_generation; }
    [[nodiscard]] Page *page(const QString &id) const;
    [[nodiscard]] const MainWindowActions &actions() const { return *m_actions; }
    [[nodiscard]] JobStatusWidget *jobStatus() const { return m_jobStatus; }
    [[nodiscard]] ExtrasController *extras() const { return m_extras; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addPage(Page *page);
    void connectActions();
    void pageChanged(int row);
    void exportChanged();
    void updateTitle();
    void updateRecentMenu();
    void openFolderDialog();
    void openFileDialog();
    void saveProjectAs();
    void showSaveError(const Error &error);
    void restoreWindow();

    Settings *m_settings;
    JobTracker *m_jobs;
    Session *m_session;
    ImportController *m_importer;
    GenerationController *m_generation;
    std::unique_ptr<MainWindowActions> m_actions;
    NavigationBar *m_navigation;
    QStackedWidget *m_stack;
    QList<Page *> m_pages;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_pagesMenu = nullptr;
    JobStatusWidget *m_jobStatus;
    QLabel *m_saveState;
    ExtrasController *m_extras;
};

} // namespace idiolect
