// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTranslator.h"
#include "CliApp.h"
#include "CrashHygiene.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    idiolect::CrashHygiene::apply(); // no core dump full of messages
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("idiolect-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Idiolect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDIOLECT_VERSION_STRING));
    // The CLI follows LANGUAGE / LC_ALL / LC_MESSAGES / LANG; it has no override.
    idiolect::AppTranslator::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    idiolect::cli::CliIo io{out, err};
    idiolect::cli::CliApp cli;
    const int code = cli.run(QCoreApplication::arguments(), io);
    out.flush();
    err.flush();
    return code;
}
