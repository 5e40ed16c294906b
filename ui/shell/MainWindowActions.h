// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QWidget;

namespace idiolect {

/**
 * Every main-window action with its shortcut, and the menus built from them.
 * MainWindow connects them; ShortcutsDialog lists them.
 */
struct MainWindowActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindowActions)

public:
    explicit MainWindowActions(QWidget *window);

    void buildMenus(QMenuBar *bar, QMenu **recentMenu, QMenu **pagesMenu);
    [[nodiscard]] QList<QAction *> all() const;

    QAction *openFolder;
    QAction *openFile;
    QAction *openDemo;
    QAction *saveProjectAs;
    QAction *closeExport;
    QAction *quit;
    QAction *find;
    QAction *generate;
    QAction *cancelJob;
    QAction *nextPage;
    QAction *previousPage;
    QActionGroup *colorScheme;
    QAction *schemeSystem;
    QAction *schemeLight;
    QAction *schemeDark;
    QAction *fullScreen;
    QAction *shortcuts;
    QAction *about;
    QAction *aboutQt;
};

} // namespace idiolect
