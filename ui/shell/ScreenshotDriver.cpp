// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotDriver.h"

#include "MainWindow.h"
#include "jobs/JobTracker.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {
constexpr int kTickMs = 100;
constexpr int kIdleTicksBeforeCapture = 8;
constexpr int kMaxTicks = 1200; // two minutes
} // namespace

ScreenshotDriver::ScreenshotDriver(MainWindow *window, QString page, QString file)
    : QObject(window), m_window(window), m_page(std::move(page)), m_file(std::move(file))
{
    if (QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->availableGeometry());
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotDriver::poll);
    m_timer.start();
}

void ScreenshotDriver::poll()
{
    if (++m_ticks > kMaxTicks) {
        QTextStream(stderr) << "screenshot: gave up waiting for the app to become idle\n";
        QApplication::exit(2);
        return;
    }
    if (m_window->jobs()->isBusy()) {
        m_idleTicks = 0;
        return;
    }
    if (!m_pageShown && !m_page.isEmpty()) {
        if (!showRequested()) {
            // The page may need the export, which may still be loading.
            if (m_ticks > 50) {
                QTextStream(stderr) << "screenshot: page not available: " << m_page << '\n';
                QApplication::exit(2);
            }
            return;
        }
        m_pageShown = true;
        m_idleTicks = 0;
        return;
    }
    if (++m_idleTicks >= kIdleTicksBeforeCapture)
        capture();
}

bool ScreenshotDriver::showRequested()
{
    const auto actionPrefix = "action:"_L1;
    if (!m_page.startsWith(actionPrefix))
        return m_window->showPage(m_page);
    const QString name = m_page.mid(actionPrefix.size());
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->objectName() == name && action->isEnabled()) {
            // Queued: a dialog opened with exec() must not block this poll.
            QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
            return true;
        }
    }
    return false;
}

void ScreenshotDriver::capture()
{
    m_timer.stop();
    if (m_file.isEmpty() || m_file == "-"_L1) {
        QTextStream(stdout) << "screenshot-ready" << Qt::endl;
        return;
    }
    QWidget *target = m_window;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && qobject_cast<QDialog *>(top))
            target = top;
    }
    const bool ok = target->grab().save(m_file, "PNG");
    QApplication::exit(ok ? 0 : 3);
}

} // namespace idiolect
