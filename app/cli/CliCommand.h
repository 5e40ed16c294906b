// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCommandLineParser;
class QTextStream;

namespace idiolect::cli {

/** Exit codes shared by every command (documented in docs/cli.md). */
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1, ///< The operation ran but failed (e.g. validation found errors).
    ExitUsage = 2, ///< Bad command line.
    ExitBadInput = 3, ///< Input missing, unreadable or invalid.
    ExitCanceled = 130, ///< Interrupted.
};

/** What a command prints to. */
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
};

/**
 * @brief One subcommand of idiolect-cli ("inspect", "generate", ...).
 *
 * configure() adds the command's options and positional arguments to a
 * fresh parser; run() is called after parsing succeeded.
 */
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    virtual void configure(QCommandLineParser &parser) const = 0;
    virtual int run(const QCommandLineParser &parser, CliIo &io) = 0;
};

} // namespace idiolect::cli
