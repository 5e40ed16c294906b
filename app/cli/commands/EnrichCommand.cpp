// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichCommand.h"

#include "CliSupport.h"
#include "EnrichmentCliOptions.h"
#include "enrich/EnrichmentCache.h"
#include "enrich/EnrichmentReport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

QString EnrichCommand::name() const
{
    return u"enrich"_s;
}

QString EnrichCommand::summary() const
{
    return tr("Show what enrichment adds: tweet text, link previews, image descriptions.");
}

void EnrichCommand::configure(QCommandLineParser &parser) const
{
    ExportOptions::add(parser);
    EnrichmentCliOptions::add(parser);
    parser.addOption(QCommandLineOption(u"json"_s, tr("Print one JSON object.")));
    parser.addOption(QCommandLineOption(
        u"with-text"_s, tr("With --json: include the added texts, titles and URLs.")));
    parser.addOption(
        QCommandLineOption(u"clear-cache"_s, tr("Empty the enrichment cache and exit.")));
}

int EnrichCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    int exitCode = ExitOk;
    EnrichmentParams params;
    if (!EnrichmentCliOptions::read(parser, io, params, &exitCode))
        return exitCode;
    if (parser.isSet(u"clear-cache"_s)) {
        if (Status s = EnrichmentCache::clear(params.cachePath); !s) {
            printError(io, s.error());
            return exitCodeFor(s.error());
        }
        io.out << tr("Enrichment cache cleared: %1").arg(params.cachePath) << '\n';
        return ExitOk;
    }
    const ChatExportPtr ex = loadExport(parser, io, &exitCode);
    if (!ex)
        return exitCode;
    params.input = std::make_shared<const TextLayer>(ex);
    QElapsedTimer timer;
    timer.start();
    const auto result = EnrichmentCliOptions::run(params, io);
    if (parser.isSet(u"verbose"_s) && result) {
        io.err << "enrich: " << timer.elapsed() << " ms, " << result->messages.size()
               << " messages with links or images\n";
    }
    if (!result) {
        printError(io, result.error());
        return exitCodeFor(result.error());
    }
    const QJsonObject report = EnrichmentReport::toJson(*result, *ex, parser.isSet(u"with-text"_s));
    if (parser.isSet(u"json"_s)) {
        io.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QJsonObject summary = report.value(u"summary"_s).toObject();
    for (auto it = summary.constBegin(); it != summary.constEnd(); ++it) {
        const QJsonValue v = it.value();
        io.out << it.key().leftJustified(24) << ' '
               << (v.isBool() ? (v.toBool() ? u"yes"_s : u"no"_s)
                              : QString::number(qint64(v.toDouble())))
               << '\n';
    }
    return ExitOk;
}

} // namespace idiolect::cli
