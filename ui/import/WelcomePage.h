// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Page.h"

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QWidget;

namespace idiolect {

struct Error;
class ImportController;
class InlineMessage;
class RecentFilesModel;
class Settings;

/**
 * The first page: open an export (folder, file, drag and drop, recent, demo),
 * watch the import's progress and see why it failed, with the hint to fix it.
 */
class WelcomePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    WelcomePage(ImportController *importer, Settings *settings, QWidget *parent = nullptr);

    [[nodiscard]] QString pageId() const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    [[nodiscard]] bool requiresExport() const override { return false; }
    /** Looks again whether the recent files are still there. */
    void activate() override;

    [[nodiscard]] InlineMessage *messageBar() const { return m_message; }
    [[nodiscard]] QListView *recentView() const { return m_recent; }
    [[nodiscard]] QPushButton *demoButton() const { return m_demoButton; }

Q_SIGNALS:
    void openFolderRequested();
    void openFileRequested();
    /** The "What is this?" link was clicked. */
    void howItWorksRequested();

protected:
    /** Coming back to the window (e.g. from the file manager) looks at the recent files again. */
    void changeEvent(QEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createStartBox();
    QWidget *createRecentBox();
    QWidget *createHelpBox();
    void showFailure(const Error &error, const QString &path);
    void setBusy(bool busy, const QString &path = {});
    void openRecent(const QModelIndex &index);
    void showRecentMenu(const QPoint &pos);

    ImportController *m_importer;
    Settings *m_settings;
    RecentFilesModel *m_recentModel;
    InlineMessage *m_message;
    QWidget *m_progressBox;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QListView *m_recent;
    QLabel *m_recentEmpty;
    QPushButton *m_demoButton;
};

} // namespace idiolect
