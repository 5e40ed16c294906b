// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs idiolect-cli in-process for the command tests and captures what it prints.
#pragma once

#include "CliApp.h"
#include "CliCommand.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace idiolect::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/** Runs "idiolect-cli ARGS..." (ARGS start with the command name). */
inline CliRun runCli(const QStringList &args)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliIo io{out, err};
    cli::CliApp app;
    run.code = app.run(QStringList{QStringLiteral("idiolect-cli")} + args, io);
    out.flush();
    err.flush();
    return run;
}

/** The demo export in the source tree. */
inline QString demoExport()
{
    return QStringLiteral(IDIOLECT_SOURCE_DIR "/resources/demo");
}

} // namespace idiolect::test
