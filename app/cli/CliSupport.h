// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include "common/Expected.h"
#include "model/ChatExport.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace idiolect::cli {

/** Options every command that reads an export shares (--self, --lenient, --verbose). */
struct ExportOptions
{
    static void add(QCommandLineParser &parser);
};

/**
 * Imports the export named by the first positional argument, honouring the
 * shared options. Prints errors to io.err and sets *exitCode on failure.
 */
ChatExportPtr loadExport(const QCommandLineParser &parser, CliIo &io, int *exitCode);

/** Prints an error as "idiolect-cli: file:line:column: message (hint)". */
void printError(CliIo &io, const Error &error);

/** Exit code for an error (3 for input problems, 130 canceled, 1 otherwise). */
int exitCodeFor(const Error &error);

} // namespace idiolect::cli
