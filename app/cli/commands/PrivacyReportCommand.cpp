// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyReportCommand.h"

#include "CliSupport.h"
#include "PrivacyOptions.h"
#include "common/JobContext.h"
#include "privacy/PrivacyJob.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

QString PrivacyReportCommand::name() const
{
    return u"privacy-report"_s;
}

QString PrivacyReportCommand::summary() const
{
    return tr("List the personal data found in an export and what anonymization makes of it.");
}

void PrivacyReportCommand::configure(QCommandLineParser &parser) const
{
    ExportOptions::add(parser);
    PrivacyOptions::add(parser, false);
    parser.addOption(QCommandLineOption(u"json"_s, tr("Print one JSON object instead of text.")));
}

int PrivacyReportCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    int exitCode = ExitOk;
    const std::optional<PrivacyConfig> config = PrivacyOptions::toConfig(parser, io, &exitCode);
    if (!config)
        return exitCode;
    const ChatExportPtr ex = loadExport(parser, io, &exitCode);
    if (!ex)
        return exitCode;

    PrivacyParams params;
    params.input = std::make_shared<TextLayer>(ex);
    params.config = *config;
    QElapsedTimer timer;
    timer.start();
    JobContext job;
    const auto result = PrivacyJob::run(params, job);
    if (!result) {
        printError(io, result.error());
        return exitCodeFor(result.error());
    }
    const PrivacyReport &report = result->report;
    if (parser.isSet(u"verbose"_s)) {
        io.err << "privacy: " << timer.elapsed() << " ms, " << report.messagesScanned
               << " messages, " << report.totalHits() << " hits\n";
        io.err.flush();
    }
    if (parser.isSet(u"json"_s)) {
        io.out << QJsonDocument(report.toJson(*ex)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    QTextStream &out = io.out;
    out << tr("Phone region:") << ' ' << report.region;
    if (!report.extraRegions.isEmpty())
        out << " (" << tr("also") << ' ' << report.extraRegions.join(u", "_s) << ')';
    out << '\n'
        << tr("Messages scanned:") << ' ' << report.messagesScanned << ", " << tr("changed:") << ' '
        << report.messagesChanged << ", " << tr("dropped:") << ' ' << report.messagesDropped << ", "
        << tr("flagged:") << ' ' << report.messagesFlagged << '\n'
        << tr("Hits by kind:") << '\n';
    for (PiiKind kind : kAllPiiKinds)
        out << "  " << piiKindName(kind).leftJustified(14) << report.hitsByKind[size_t(kind)]
            << '\n';
    out << tr("Hits:") << '\n';
    out << "  " << tr("Message").leftJustified(10) << tr("Thread").leftJustified(8)
        << tr("Kind").leftJustified(14) << tr("Rule").leftJustified(26)
        << tr("Conf").leftJustified(6) << tr("Text") << '\n';
    for (const PrivacyFinding &f : report.findings) {
        out << "  " << QString::number(f.messageId).leftJustified(10)
            << QString::number(f.threadId).leftJustified(8) << piiKindName(f.kind).leftJustified(14)
            << QString(f.rule).leftJustified(26)
            << QString::number(double(f.confidence), 'f', 2).leftJustified(6) << f.original;
        if (f.field == TextField::Quote)
            out << ' ' << tr("(in quote)");
        if (f.action == FindingAction::Replaced)
            out << "  ->  " << f.replacement;
        else
            out << "  [" << findingActionName(f.action) << ']';
        out << '\n';
    }
    return ExitOk;
}

} // namespace idiolect::cli
