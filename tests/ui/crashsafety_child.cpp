// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_crashsafety: curates a project through a Session, one CurationScript step every
// few milliseconds, and prints "saved N" whenever an autosave has committed steps 1..N — until
// the test kills it with SIGKILL at a moment of its choosing.
#include "CurationScript.h"
#include "TestExport.h"
#include "project/Session.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace idiolect;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    auto file = ProjectFile::open(args[2], true);
    if (!file)
        return 3;
    ProjectState state;
    state.exportPath = args[1];
    Session session;
    session.load(test::TestExport::load(args[1]), state, std::move(*file));
    int step = 0;
    QObject::connect(&session, &Session::saved, &app,
                     [&step] { QTextStream(stdout) << "saved " << step << Qt::endl; });
    QObject::connect(&session, &Session::saveFailed, &app, [](const Error &e) {
        QTextStream(stderr) << e.toString() << Qt::endl;
        QCoreApplication::exit(4);
    });
    QTimer steps;
    QObject::connect(&steps, &QTimer::timeout, &app,
                     [&] { test::CurationScript::apply(session, ++step); });
    steps.start(3);
    return QCoreApplication::exec();
}
