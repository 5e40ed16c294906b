// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "CommandRegistry.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

CliApp::CliApp() : m_commands(createCommands()) { }

CliApp::~CliApp() = default;

QString CliApp::helpText() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: idiolect-cli COMMAND [OPTIONS] ...") << "\n\n"
      << tr("Turns a Signal chat export into fine-tuning data that writes like you.") << "\n\n"
      << tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        s << "  " << command->name().leftJustified(16) << command->summary() << '\n';
    s << '\n'
      << tr("Run \"idiolect-cli COMMAND --help\" for the options of a command.") << '\n'
      << tr("Exit status: 0 success, 1 failure, 2 bad usage, 3 unreadable or invalid input.")
      << '\n';
    return text;
}

int CliApp::run(const QStringList &arguments, CliIo &io)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        (first.isEmpty() ? io.err : io.out) << helpText();
        return first.isEmpty() ? ExitUsage : ExitOk;
    }
    if (first == u"--version"_s || first == u"-v"_s) {
        io.out << "idiolect-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    CliCommand *command = nullptr;
    for (const auto &c : m_commands) {
        if (c->name() == first)
            command = c.get();
    }
    if (!command) {
        io.err << tr("Unknown command \"%1\".").arg(first) << "\n\n" << helpText();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    command->configure(parser);
    QStringList args = arguments.mid(1);
    args[0] = u"idiolect-cli "_s + command->name();
    if (!parser.parse(args)) {
        io.err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the executable's path; show the command as it is typed.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = text.indexOf(program); !program.isEmpty() && at >= 0)
            text.replace(at, program.size(), args.constFirst());
        io.out << text;
        return ExitOk;
    }
    return command->run(parser, io);
}

} // namespace idiolect::cli
