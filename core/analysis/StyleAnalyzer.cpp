// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StyleAnalyzer.h"

#include "Corpus.h"
#include "LocalTime.h"
#include "ParallelFor.h"
#include "StyleAccumulator.h"
#include "TextAnalyzer.h"

#include <optional>

namespace idiolect {

Expected<StyleAnalysis> StyleAnalyzer::analyze(const Corpus &corpus, const StyleOptions &options,
                                               const std::vector<Episode> &episodes,
                                               JobContext &job)
{
    const auto &threads = corpus.threads();
    std::optional<LocalTime> localTime;
    if (options.analyzeTimePatterns)
        localTime.emplace(options.timeZone, corpus.firstTime(), corpus.lastTime());
    const LocalTime *local = localTime ? &*localTime : nullptr;

    std::vector<StyleAccumulator> yours(threads.size());
    std::vector<StyleAccumulator> theirs(threads.size());
    parallelFor(
        threads.size(), [&](size_t t) { return threads[t].messages.size(); },
        [&](size_t t) {
            thread_local TextAnalyzer analyzer;
            yours[t].addThread(corpus, threads[t], StyleAccumulator::Side::You, options,
                               options.includeWordFrequency, analyzer, local);
            theirs[t].addThread(corpus, threads[t], StyleAccumulator::Side::Others, options,
                                options.includeWordFrequency && options.partnerVocabulary, analyzer,
                                local);
        },
        job);
    if (job.isCanceled())
        return Error::canceled();

    StyleAccumulator overall;
    for (const StyleAccumulator &a : yours)
        overall.merge(a);
    StyleAnalysis analysis;
    analysis.personal
        = overall.finish(options, options.analyzeTimePatterns, options.includeWordFrequency);
    const double yourMean = overall.meanLength();

    std::vector<qint64> episodesWithYou(threads.size(), 0);
    for (const Episode &e : episodes) {
        if (e.thread < threads.size() && e.yourMessages > 0)
            ++episodesWithYou[e.thread];
    }
    for (size_t t = 0; t < threads.size(); ++t) {
        if (theirs[t].messages() == 0)
            continue;
        PartnerProfile p;
        p.thread = quint32(t);
        p.threadId = threads[t].threadId;
        p.partnerId = threads[t].partnerId;
        p.name = threads[t].title;
        p.isGroup = threads[t].isGroup;
        p.partner = theirs[t].finish(options, options.analyzeTimePatterns,
                                     options.includeWordFrequency && options.partnerVocabulary);
        p.you = yours[t].finish(options, options.analyzeTimePatterns, false);
        p.style = PartnerClassifier::classify(p.partner);
        p.traits = PartnerClassifier::traits(p.partner);
        p.episodesWithYou = episodesWithYou[t];
        p.styleDifference = PartnerClassifier::styleDifference(theirs[t].meanLength(), yourMean);
        p.adaptationLevel = PartnerClassifier::adaptationLevel(theirs[t].meanLength(), yourMean,
                                                               yours[t].meanLength());
        analysis.partners.push_back(std::move(p));
    }
    return analysis;
}

} // namespace idiolect
