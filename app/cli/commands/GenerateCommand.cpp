// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateCommand.h"

#include "CliSupport.h"
#include "EnrichmentCliOptions.h"
#include "GenerationCliOptions.h"
#include "PrivacyOptions.h"
#include "analysis/StyleJson.h"
#include "common/JobContext.h"
#include "common/SafeWrite.h"
#include "generation/GenerationJob.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

QString GenerateCommand::name() const
{
    return u"generate"_s;
}

QString GenerateCommand::summary() const
{
    return tr("Create fine-tuning data (alpaca, sharegpt or messages) from an export.");
}

void GenerateCommand::configure(QCommandLineParser &parser) const
{
    ExportOptions::add(parser);
    parser.addOption({{u"o"_s, u"output"_s},
                      tr("Output file: .jsonl (one example per line), .jsonl.gz, or .json (one "
                         "document with the style analysis)."),
                      u"OUT"_s});
    parser.addOption({u"strategies"_s,
                      tr("Comma-separated strategies: %1 (default conversational).")
                          .arg(strategyNames().join(u", "_s)),
                      u"LIST"_s});
    parser.addOption(
        {u"format"_s, tr("Row format: alpaca (default), sharegpt or messages."), u"FORMAT"_s});
    parser.addOption({u"gzip"_s, tr("Compress the output (adds .gz to OUT if missing).")});
    GenerationCliOptions::addWindows(parser);
    GenerationCliOptions::addEpisodes(parser);
    GenerationCliOptions::addStrategyParameters(parser);
    GenerationCliOptions::addFilters(parser);
    EnrichmentCliOptions::add(parser);
    PrivacyOptions::add(parser, true);
    parser.addOption({u"max-examples"_s,
                      tr("Sample at most N examples, fairly across types and chats."), u"N"_s});
    parser.addOption({u"no-balance"_s, tr("Do not balance the example types.")});
    parser.addOption({u"seed"_s, tr("Seed for sampling and shuffling (default 42)."), u"N"_s});
    parser.addOption({u"shuffle"_s, tr("Shuffle the examples (seeded) instead of time order.")});
    parser.addOption({u"summary"_s, tr("Write the result summary as JSON to FILE."), u"FILE"_s});
    parser.addOption({u"burst-turns"_s,
                      tr("Your consecutive messages in chat formats: merge (one turn, default) "
                         "or separate (own turns with weights; messages format only)."),
                      u"MODE"_s});
    parser.addOption({u"burst-separator"_s,
                      tr("Text between merged messages (default a newline; \\n is a newline)."),
                      u"TEXT"_s});
    parser.addOption(
        {u"system-prompt"_s, tr("A system prompt to add to every example."), u"TEXT"_s});
    parser.addOption({u"dataset-info"_s,
                      tr("Also write or update LLaMA-Factory's dataset_info.json beside OUT "
                         "(.jsonl only) under NAME."),
                      u"NAME"_s});
    parser.addOption({u"metadata"_s,
                      tr("Metadata in each row: none, compact (id, type, thread, message ids; "
                         "default for .jsonl) or full (default for .json)."),
                      u"LEVEL"_s});
    parser.addOption(
        {u"drop-invalid"_s, tr("Leave invalid examples out instead of refusing to write.")});
    parser.addOption(
        {u"created-at"_s, tr("Fixed created_at (ISO 8601) for reproducible files."), u"TIME"_s});
}

TextLayerPtr GenerateCommand::buildLayer(const ChatExportPtr &ex, const QCommandLineParser &parser,
                                         CliIo &io, int *exitCode)
{
    *exitCode = ExitOk;
    const auto raw = std::make_shared<const TextLayer>(ex);

    // raw → enrichment → anonymization → generation: enrichment comes first so that the
    // anonymization also covers the tweet texts and image descriptions it adds.
    EnrichmentParams enrichment;
    if (!EnrichmentCliOptions::read(parser, io, enrichment, exitCode))
        return {};
    enrichment.input = raw;
    QElapsedTimer timer;
    timer.start();
    const auto enriched = EnrichmentCliOptions::run(enrichment, io);
    if (!enriched) {
        printError(io, enriched.error());
        *exitCode = exitCodeFor(enriched.error());
        return {};
    }
    m_enrichment = enriched->summary;
    if (parser.isSet(u"verbose"_s))
        io.err << "enrich: " << timer.elapsed() << " ms, " << m_enrichment.enhancedMessages
               << " messages enhanced\n";
    return PrivacyOptions::anonymize(enriched->layer, parser, io, exitCode);
}

int GenerateCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    QElapsedTimer timer;
    timer.start();
    const int groups = GenerationCliOptions::Filters | GenerationCliOptions::Windows
        | GenerationCliOptions::Episodes | GenerationCliOptions::Strategies;
    std::optional<GenerationOptions> options = GenerationCliOptions::parse(parser, groups, io);
    if (!options)
        return ExitUsage;
    if (parser.isSet(u"strategies"_s)) {
        options->strategies.clear();
        for (const QString &name : parser.value(u"strategies"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto s = strategyFromName(name.trimmed());
            if (!s) {
                io.err << tr("Unknown strategy \"%1\"; use %2.")
                              .arg(name.trimmed(), strategyNames().join(u", "_s))
                       << '\n';
                return ExitUsage;
            }
            options->strategies.append(*s);
        }
    }
    if (parser.isSet(u"max-examples"_s)) {
        bool ok = false;
        const qint64 n = parser.value(u"max-examples"_s).toLongLong(&ok);
        if (!ok || n < 1) {
            io.err << tr("--max-examples needs a positive whole number.") << '\n';
            return ExitUsage;
        }
        options->maxExamples = n;
    }
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        options->seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok) {
            io.err << tr("--seed needs a non-negative whole number.") << '\n';
            return ExitUsage;
        }
    }
    options->balanceExamples = !parser.isSet(u"no-balance"_s);
    options->preserveOrder = !parser.isSet(u"shuffle"_s);

    DatasetWriteOptions write;
    write.path = parser.value(u"output"_s);
    if (write.path.isEmpty()) {
        io.err << tr("Missing -o OUT (the dataset file to write).") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"gzip"_s) && !write.path.endsWith(u".gz"_s, Qt::CaseInsensitive))
        write.path += u".gz"_s;
    if (!DatasetPath::fromPath(write.path)) {
        io.err << tr("-o must end in .json, .jsonl or .jsonl.gz.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"format"_s)) {
        const auto format = datasetFormatFromName(parser.value(u"format"_s));
        if (!format) {
            io.err << tr("--format must be alpaca, sharegpt or messages.") << '\n';
            return ExitUsage;
        }
        write.render.format = *format;
    }
    if (parser.isSet(u"burst-turns"_s)) {
        const QString mode = parser.value(u"burst-turns"_s);
        if (mode != u"merge"_s && mode != u"separate"_s) {
            io.err << tr("--burst-turns must be merge or separate.") << '\n';
            return ExitUsage;
        }
        write.render.burstTurns = mode == u"merge"_s ? BurstTurns::Merge : BurstTurns::Separate;
    }
    if (parser.isSet(u"burst-separator"_s))
        write.render.burstSeparator = parser.value(u"burst-separator"_s).replace(u"\\n"_s, u"\n"_s);
    write.render.systemPrompt = parser.value(u"system-prompt"_s);
    if (parser.isSet(u"metadata"_s)) {
        write.metadata = metadataLevelFromName(parser.value(u"metadata"_s));
        if (!write.metadata) {
            io.err << tr("--metadata must be none, compact or full.") << '\n';
            return ExitUsage;
        }
    }
    write.dropInvalid = parser.isSet(u"drop-invalid"_s);
    if (parser.isSet(u"dataset-info"_s)) {
        write.writeDatasetInfo = true;
        write.datasetName = parser.value(u"dataset-info"_s);
    }
    if (parser.isSet(u"created-at"_s)) {
        write.createdAt = QDateTime::fromString(parser.value(u"created-at"_s), Qt::ISODate);
        if (!write.createdAt.isValid()) {
            io.err << tr("--created-at needs an ISO 8601 time such as 2024-01-01T00:00:00Z.")
                   << '\n';
            return ExitUsage;
        }
    }

    int exitCode = ExitOk;
    const ChatExportPtr ex = loadExport(parser, io, &exitCode);
    if (!ex)
        return exitCode;
    GenerationParams params;
    params.layer = buildLayer(ex, parser, io, &exitCode);
    if (!params.layer)
        return exitCode;
    params.options = *options;
    params.output = write;
    params.enhancedMessages = m_enrichment.enhancedMessages;

    JobContext job;
    auto result = GenerationJob::run(params, job);
    if (!result) {
        printError(io, result.error());
        return exitCodeFor(result.error());
    }
    GenerationSummary summary = result->summary;
    summary.processingTime = double(timer.nsecsElapsed()) / 1e9;
    for (const QString &w : summary.warnings)
        io.err << tr("Warning:") << ' ' << w << '\n';
    QStringList byType;
    for (auto it = summary.examplesByType.cbegin(); it != summary.examplesByType.cend(); ++it)
        byType.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    io.out << tr("Wrote %1 examples (%2) to %3 in %4 s.")
                  .arg(summary.totalExamples)
                  .arg(byType.isEmpty() ? tr("none") : byType.join(u", "_s), summary.outputPath)
                  .arg(summary.processingTime, 0, 'f', 2)
           << '\n';
    if (result->written && !result->written->sidecarPath.isEmpty())
        io.out << tr("Style analysis: %1").arg(result->written->sidecarPath) << '\n';
    if (result->written && !result->written->datasetInfoPath.isEmpty())
        io.out << tr("LLaMA-Factory dataset_info: %1").arg(result->written->datasetInfoPath)
               << '\n';
    if (parser.isSet(u"verbose"_s))
        io.err << "generate: " << summary.messagesAfterFilters << " messages in " << summary.threads
               << " threads, " << summary.windows << " windows, " << summary.episodes
               << " episodes, " << summary.examplesGenerated << " examples generated, "
               << summary.examplesAfterBalance << " after balancing\n";
    if (parser.isSet(u"verbose"_s)) {
        for (const auto &[stage, seconds] : summary.stageSeconds)
            io.err << "  " << stage << ": " << qint64(seconds * 1000) << " ms\n";
    }

    if (parser.isSet(u"summary"_s)) {
        const QString path = parser.value(u"summary"_s);
        QSaveFile file(path);
        QJsonObject json = summary.toJson(StyleJson::toJson(result->style, false));
        json.insert(u"enrichment"_s, m_enrichment.toJson());
        if (!file.open(QIODevice::WriteOnly)
            || !writeFully(file, QJsonDocument(json).toJson(QJsonDocument::Indented))
            || !commitSaveFile(file)) {
            printError(io,
                       Error::make(ErrorCode::WriteFailed,
                                   tr("Cannot write the summary: %1").arg(file.errorString()),
                                   path));
            return ExitFailed;
        }
    }
    return ExitOk;
}

} // namespace idiolect::cli
