// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidateCommand.h"

#include "CliSupport.h"
#include "export/DatasetFileValidator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

QString ValidateCommand::name() const
{
    return u"validate"_s;
}

QString ValidateCommand::summary() const
{
    return tr("Check a dataset file (.json, .jsonl, .jsonl.gz) the way trainers load it.");
}

void ValidateCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"FILE"_s, tr("The dataset file to check."));
    parser.addOption({u"json"_s, tr("Print the result as JSON.")});
    parser.addOption({u"max-errors"_s, tr("Print at most N errors (default 50)."), u"N"_s});
}

int ValidateCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << tr("Give exactly one FILE to validate.") << '\n';
        return ExitUsage;
    }
    int maxErrors = 50;
    if (parser.isSet(u"max-errors"_s)) {
        bool ok = false;
        maxErrors = parser.value(u"max-errors"_s).toInt(&ok);
        if (!ok || maxErrors < 1) {
            io.err << tr("--max-errors needs a positive whole number.") << '\n';
            return ExitUsage;
        }
    }
    auto report = DatasetFileValidator::validateFile(positional.first());
    if (!report) {
        printError(io, report.error());
        return exitCodeFor(report.error());
    }
    const ValidationReport &v = report->validation;
    if (parser.isSet(u"json"_s)) {
        QJsonObject formats;
        for (auto it = report->rowsByFormat.cbegin(); it != report->rowsByFormat.cend(); ++it)
            formats.insert(it.key(), it.value());
        QJsonArray errors;
        for (const ValidationIssue &issue : v.issues) {
            QJsonObject e{{u"example"_s, issue.example}, {u"message"_s, issue.message}};
            if (issue.line >= 0)
                e.insert(u"line"_s, issue.line);
            if (!issue.id.isEmpty())
                e.insert(u"id"_s, issue.id);
            errors.append(e);
        }
        io.out << QJsonDocument(QJsonObject{{u"ok"_s, v.ok()},
                                            {u"examples"_s, v.checked},
                                            {u"invalid_examples"_s, v.invalidExamples},
                                            {u"formats"_s, formats},
                                            {u"gzip"_s, report->gzip},
                                            {u"errors"_s, errors}})
                      .toJson(QJsonDocument::Indented);
        return v.ok() ? ExitOk : ExitFailed;
    }
    QStringList formats;
    for (auto it = report->rowsByFormat.cbegin(); it != report->rowsByFormat.cend(); ++it)
        formats.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    if (v.ok()) {
        io.out << tr("OK: %1 examples (%2).").arg(v.checked).arg(formats.join(u", "_s)) << '\n';
        return ExitOk;
    }
    io.out << tr("Invalid: %1 of %2 examples have problems.").arg(v.invalidExamples).arg(v.checked)
           << '\n';
    for (const QString &line : v.lines(maxErrors))
        io.out << "  " << line << '\n';
    return ExitFailed;
}

} // namespace idiolect::cli
