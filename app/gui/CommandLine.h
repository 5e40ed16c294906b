// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace idiolect {

/** What `idiolect [options] [EXPORT_OR_PROJECT]` asked for. */
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString path; ///< Export folder/file or project to open; empty = welcome page.
    bool demo = false; ///< --demo: open the embedded demo export.
    QString colorScheme; ///< --color-scheme system|light|dark (overrides the setting once).
    QString screenshotPage; ///< Hidden: --screenshot-page NAME (scripts/screenshots.sh).
    QString screenshotFile; ///< Hidden: --screenshot-file PNG, grab the window and quit.
    QString settingsFile; ///< Hidden: --settings INI (portable / scripted runs).
    QString stallReport; ///< Hidden: --stall-report JSON, diagnostics written on exit.

    /** Parses the arguments; prints help/version or an error and exits as QCommandLineParser does. */
    static CommandLine parse(const QStringList &arguments);
};

} // namespace idiolect
