// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace idiolect {

class MainWindow;

/**
 * Drives the window for scripts/screenshots.sh: fills the screen, waits until
 * the export is loaded and no job runs, shows the requested page, then either
 * grabs the window into a PNG and quits, or prints "screenshot-ready" so an
 * external tool can capture the screen. A page named "action:NAME" triggers the
 * window's action with that object name instead (e.g. "action:preferences"),
 * and the dialog it opens is what gets grabbed.
 */
class ScreenshotDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotDriver)

public:
    ScreenshotDriver(MainWindow *window, QString page, QString file);

private:
    void poll();
    void capture();
    bool showRequested();

    MainWindow *m_window;
    QString m_page;
    QString m_file;
    QTimer m_timer;
    int m_idleTicks = 0;
    int m_ticks = 0;
    bool m_pageShown = false;
};

} // namespace idiolect
