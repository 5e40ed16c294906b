// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationJob.h"

#include "ExampleSampler.h"
#include "MessageFilter.h"
#include "StrategyFactory.h"
#include "analysis/EpisodeSegmenter.h"
#include "analysis/ParallelFor.h"
#include "analysis/StyleJson.h"
#include "analysis/WindowFinder.h"
#include "common/JobContext.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

/** Stage boundaries in per-mille of the whole run. */
constexpr int kCorpusEnd = 250;
constexpr int kEpisodesEnd = 300;
constexpr int kStyleEnd = 500;
constexpr int kGenerateEnd = 700;

QList<Strategy> uniqueStrategies(const QList<Strategy> &requested)
{
    QList<Strategy> out;
    for (Strategy s : requested) {
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

/** What the document / sidecar records about the run: counts and the options that shaped it. */
QJsonObject runInfo(const GenerationOptions &o, const std::vector<Example> &examples)
{
    QMap<QString, qint64> byType;
    for (const Example &e : examples)
        ++byType[exampleTypeName(e.type)];
    QJsonObject types;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        types.insert(it.key(), it.value());
    QJsonArray strategies;
    for (Strategy s : uniqueStrategies(o.strategies))
        strategies.append(strategyName(s));
    return QJsonObject{
        {u"examples_by_type"_s, types},
        {u"strategies"_s, strategies},
        {u"seed"_s, QString::number(o.seed)},
        {u"balance_examples"_s, o.balanceExamples},
        {u"max_examples"_s, o.maxExamples ? QJsonValue(*o.maxExamples) : QJsonValue()},
        {u"min_message_length"_s, o.minMessageLength},
        {u"window_size"_s, o.windows.windowSize},
        {u"stride"_s, o.windows.stride},
        {u"min_window_messages"_s, o.windows.minWindowMessages},
        {u"episode_gap_minutes"_s, o.episodes.timeGapMinutes},
        {u"partner_filters"_s, qint64(o.filters.partners.size())},
        {u"from"_s, o.filters.from ? o.filters.from->toString(Qt::ISODate) : QString()},
        {u"to"_s, o.filters.to ? o.filters.to->toString(Qt::ISODate) : QString()},
        {u"exclude_blocked"_s, o.filters.excludeBlocked},
        {u"time_zone"_s, QString::fromUtf8(o.style.timeZone.id())},
    };
}

} // namespace

Expected<std::vector<Example>> GenerationJob::generate(const Corpus &corpus,
                                                       const GenerationOptions &options,
                                                       const StyleAnalysis &style, JobContext &job)
{
    const auto &threads = corpus.threads();
    StrategyInput input{corpus, options, style, std::vector<int>(threads.size(), -1)};
    for (size_t p = 0; p < style.partners.size(); ++p)
        input.partnerOfThread[style.partners[p].thread] = int(p);
    std::vector<std::unique_ptr<GenerationStrategy>> strategies;
    for (Strategy s : uniqueStrategies(options.strategies))
        strategies.push_back(StrategyFactory::create(s));

    std::vector<std::vector<Example>> perThread(threads.size());
    parallelFor(
        threads.size(), [&](size_t t) { return threads[t].messages.size(); },
        [&](size_t t) {
            for (const auto &strategy : strategies)
                strategy->generate(input, quint32(t), perThread[t]);
        },
        job);
    if (job.isCanceled())
        return Error::canceled();
    size_t total = 0;
    for (const auto &v : perThread)
        total += v.size();
    std::vector<Example> all;
    all.reserve(total);
    for (auto &v : perThread)
        std::move(v.begin(), v.end(), std::back_inserter(all));
    return all;
}

Expected<GenerationResult> GenerationJob::run(const GenerationParams &params, JobContext &job)
{
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer stage;
    stage.start();
    const auto lap = [&](GenerationSummary &s, const char *name) {
        s.stageSeconds.append({QString::fromLatin1(name), double(stage.nsecsElapsed()) / 1e9});
        stage.restart();
    };
    if (!params.layer)
        return Error::make(ErrorCode::Internal, tr("The generation job got no text layer."));
    const GenerationOptions &options = params.options;
    GenerationResult result;
    GenerationSummary &summary = result.summary;
    summary.enhancedMessages = params.enhancedMessages;

    auto spec = MessageFilter::toCorpusSpec(*params.layer, options);
    if (!spec)
        return spec.error();
    JobContext corpusJob;
    corpusJob.attachToParent(&job, 0, kCorpusEnd);
    auto corpus = Corpus::build(params.layer, *spec, corpusJob);
    if (!corpus)
        return corpus.error();
    result.corpus = std::make_shared<const Corpus>(std::move(*corpus));
    const Corpus &c = *result.corpus;
    summary.messagesRead = c.counts().messagesRead;
    summary.messagesAfterFilters = c.counts().messagesKept;
    summary.threads = qint64(c.threads().size());
    lap(summary, "corpus");

    EpisodeOptions episodeOptions = options.episodes;
    episodeOptions.classify = false; // Not needed for generation; the episodes command classifies.
    JobContext episodeJob;
    episodeJob.attachToParent(&job, kCorpusEnd, kEpisodesEnd);
    auto episodes = EpisodeSegmenter::segmentAll(c, episodeOptions, episodeJob);
    if (!episodes)
        return episodes.error();
    summary.episodes = qint64(episodes->size());
    lap(summary, "episodes");

    JobContext styleJob;
    styleJob.attachToParent(&job, kEpisodesEnd, kStyleEnd);
    auto style = StyleAnalyzer::analyze(c, options.style, *episodes, styleJob);
    if (!style)
        return style.error();
    result.style = std::move(*style);
    lap(summary, "style");

    JobContext generateJob;
    generateJob.attachToParent(&job, kStyleEnd, kGenerateEnd);
    auto generated = generate(c, options, result.style, generateJob);
    if (!generated)
        return generated.error();
    summary.examplesGenerated = qint64(generated->size());
    lap(summary, "strategies");
    for (const Example &e : *generated) {
        if (e.type == ExampleType::ConversationWindow)
            ++summary.windows;
    }
    if (!options.strategies.contains(Strategy::Conversational)) {
        for (quint32 t = 0; t < c.threads().size(); ++t) {
            std::vector<ConversationWindow> windows;
            WindowFinder::find(c, t, options.windows, windows);
            summary.windows += qint64(windows.size());
        }
    }

    SamplingReport sampling;
    result.examples = ExampleSampler::sample(
        std::move(*generated),
        {options.balanceExamples, options.balanceMaxRatio, options.maxExamples, options.seed},
        &sampling);
    summary.examplesAfterBalance = sampling.afterBalance;
    if (options.preserveOrder)
        ExampleSampler::sortChronologically(result.examples);
    else
        ExampleSampler::shuffle(result.examples, options.seed);
    if (job.isCanceled())
        return Error::canceled();
    lap(summary, "sampling");

    if (params.output) {
        DatasetWriteOptions write = *params.output;
        if (write.styleAnalysis.isEmpty())
            write.styleAnalysis = StyleJson::toJson(result.style, true);
        if (write.runInfo.isEmpty())
            write.runInfo = runInfo(options, result.examples);
        JobContext writeJob;
        writeJob.attachToParent(&job, kGenerateEnd, 1000);
        auto written = DatasetWriter::write(result.examples, params.layer, write, writeJob);
        if (!written)
            return written.error();
        summary.outputPath = written->path;
        summary.invalidExamplesDropped = written->invalidDropped;
        summary.warnings += written->warnings;
        if (written->invalidDropped > 0) {
            // Keep the in-memory result consistent with the file.
            std::vector<char> bad(result.examples.size(), 0);
            for (const ValidationIssue &issue : written->validation.issues)
                bad[size_t(issue.example)] = 1;
            std::vector<Example> kept;
            for (size_t i = 0; i < result.examples.size(); ++i) {
                if (!bad[i])
                    kept.push_back(std::move(result.examples[i]));
            }
            result.examples = std::move(kept);
        }
        result.written = std::move(*written);
        lap(summary, "write");
    }

    summary.totalExamples = qint64(result.examples.size());
    for (const Example &e : result.examples) {
        ++summary.examplesByType[exampleTypeName(e.type)];
        ++summary.examplesByStrategy[strategyName(e.strategy())];
    }
    summary.processingTime = double(timer.nsecsElapsed()) / 1e9;
    job.setProgress(1000, 1000);
    return result;
}

} // namespace idiolect
