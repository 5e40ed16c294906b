// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_session: changes a project through a Session, waits for the
// autosave, prints "saved" and then waits to be killed with SIGKILL.
#include "TestExport.h"
#include "project/Session.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace idiolect;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    const QString exportDir = args[1];
    const QString projectPath = args[2];
    auto file = ProjectFile::open(projectPath, true);
    if (!file)
        return 3;
    ProjectState state;
    state.exportPath = exportDir;
    Session session;
    session.load(test::TestExport::load(exportDir), state, std::move(*file));
    QObject::connect(&session, &Session::saved, &app,
                     [] { QTextStream(stdout) << "saved" << Qt::endl; });
    session.setThreadsIncluded({0}, false);
    session.setDecisions(
        {{QStringLiteral("example-1"), ReviewDecision{ReviewStatus::Rejected, false, {}}}});
    DateRange range;
    range.preset = DateRange::Preset::Last3Months;
    session.setDateRange(range);
    return QCoreApplication::exec(); // killed by the test
}
