// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowActions.h"

#include "widgets/Icons.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QAction *make(QWidget *window, const QString &text, const QKeySequence &keys = {},
              const QString &tip = {})
{
    auto *a = new QAction(text, window);
    if (!keys.isEmpty())
        a->setShortcut(keys);
    if (!tip.isEmpty())
        a->setStatusTip(tip);
    window->addAction(a); // shortcuts work even with the menu bar hidden
    return a;
}

} // namespace

MainWindowActions::MainWindowActions(QWidget *window)
{
    openFolder = make(window, tr("Open Export &Folder\u2026"), QKeySequence::Open,
                      tr("Open a folder with a Signal export"));
    openFolder->setIcon(Icons::icon(u"folder"_s));
    openFile = make(window, tr("Open Export F&ile or Project\u2026"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                    tr("Open a database, main.jsonl, ZIP archive or Idiolect project"));
    openDemo = make(window, tr("Open the &Demo Export"), {},
                    tr("Open a small made-up export to look around"));
    saveProjectAs = make(window, tr("Save Project &As\u2026"), QKeySequence::SaveAs,
                         tr("Save a copy of the project (it is saved automatically as you work)"));
    closeExport = make(window, tr("&Close Export"), QKeySequence::Close);
    quit = make(window, tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    find = make(window, tr("&Find"), QKeySequence::Find, tr("Search on the current page"));
    generate = make(window, tr("&Generate Examples Now"), QKeySequence(Qt::CTRL | Qt::Key_G),
                    tr("Run the generation with the current settings"));
    cancelJob = make(window, tr("&Cancel Running Task"), QKeySequence(Qt::Key_Escape));
    nextPage = make(window, tr("&Next Page"), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    previousPage = make(window, tr("&Previous Page"), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    colorScheme = new QActionGroup(window);
    schemeSystem = make(window, tr("&System Colors"));
    schemeLight = make(window, tr("&Light"));
    schemeDark = make(window, tr("&Dark"));
    for (QAction *a : {schemeSystem, schemeLight, schemeDark}) {
        a->setCheckable(true);
        colorScheme->addAction(a);
    }
    fullScreen = make(window, tr("F&ull Screen"), QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    shortcuts = make(window, tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash));
    about = make(window, tr("&About Idiolect"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(window, tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindowActions::buildMenus(QMenuBar *bar, QMenu **recentMenu, QMenu **pagesMenu)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(openFolder);
    file->addAction(openFile);
    *recentMenu = file->addMenu(tr("Open &Recent"));
    (*recentMenu)->setObjectName(u"recentMenu"_s);
    file->addAction(openDemo);
    file->addSeparator();
    file->addAction(saveProjectAs);
    file->addAction(closeExport);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    edit->addAction(find);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    *pagesMenu = view->addMenu(tr("&Go To"));
    view->addAction(nextPage);
    view->addAction(previousPage);
    view->addSeparator();
    QMenu *scheme = view->addMenu(tr("&Appearance"));
    scheme->addAction(schemeSystem);
    scheme->addAction(schemeLight);
    scheme->addAction(schemeDark);
    view->addAction(fullScreen);

    QMenu *tools = bar->addMenu(tr("&Tools"));
    tools->setObjectName(u"toolsMenu"_s);
    tools->addAction(generate);
    tools->addAction(cancelJob);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);
    help->addAction(aboutQt);
}

QList<QAction *> MainWindowActions::all() const
{
    return {openFolder, openFile,   openDemo,  saveProjectAs, closeExport,  quit,
            find,       cancelJob,  nextPage,  previousPage,  schemeSystem, schemeLight,
            schemeDark, fullScreen, shortcuts, about,         aboutQt};
}

} // namespace idiolect
