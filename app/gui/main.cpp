// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTranslator.h"
#include "CommandLine.h"
#include "CrashHygiene.h"
#include "diagnostics/DiagnosticsRecorder.h"
#include "jobs/JobPool.h"
#include "preferences/ExtrasController.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotDriver.h"
#include "widgets/Icons.h"
#include "widgets/Theme.h"

#include <QApplication>

#include <memory>

using namespace Qt::StringLiterals;
using namespace idiolect;

namespace {

Settings::ColorScheme schemeFrom(const QString &name, Settings::ColorScheme fallback)
{
    if (name == "light"_L1)
        return Settings::ColorScheme::Light;
    if (name == "dark"_L1)
        return Settings::ColorScheme::Dark;
    if (name == "system"_L1)
        return Settings::ColorScheme::System;
    return fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    CrashHygiene::apply(); // no core dump full of messages
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Idiolect"_s);
    QApplication::setOrganizationName(u"Idiolect"_s);
    QApplication::setApplicationDisplayName(u"Idiolect"_s);
    QApplication::setApplicationVersion(QStringLiteral(IDIOLECT_VERSION_STRING));
    QApplication::setDesktopFileName(u"io.github.idiolect.Idiolect"_s);
    QApplication::setWindowIcon(Icons::appIcon());
    AppTranslator::install();

    const CommandLine cl = CommandLine::parse(QApplication::arguments());
    auto settings = cl.settingsFile.isEmpty() ? std::make_unique<Settings>()
                                              : std::make_unique<Settings>(cl.settingsFile);
    if (settings->language() != "system"_L1)
        AppTranslator::install(settings->language());
    Theme::apply(schemeFrom(cl.colorScheme, settings->colorScheme()));

    int code = 0;
    {
        MainWindow window(settings.get());
        window.show();
        std::unique_ptr<ScreenshotDriver> screenshots;
        if (!cl.screenshotFile.isEmpty() || !cl.screenshotPage.isEmpty())
            screenshots
                = std::make_unique<ScreenshotDriver>(&window, cl.screenshotPage, cl.screenshotFile);
        if (!cl.path.isEmpty())
            window.openPath(cl.path);
        else if (cl.demo)
            window.openDemo();
        code = QApplication::exec();
        QString error;
        if (!cl.stallReport.isEmpty()
            && !window.extras()->diagnostics()->writeJson(cl.stallReport, &error))
            qWarning("idiolect: cannot write the stall report: %s", qPrintable(error));
    }
    // The window canceled its jobs; let them notice before the process ends.
    JobPool::waitForDone();
    return code;
}
