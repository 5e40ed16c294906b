// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace idiolect::cli {

/**
 * @brief idiolect-cli: dispatches "idiolect-cli COMMAND ..." to a CliCommand.
 *
 * Kept separate from main() so tests can run commands in-process with
 * captured output.
 */
class CliApp final
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp();
    ~CliApp();

    /** Runs with full argv (argv[0] = program name); returns the exit code. */
    int run(const QStringList &arguments, CliIo &io);

    /** Plain-text help for all commands (also the source of the man page). */
    [[nodiscard]] QString helpText() const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace idiolect::cli
