// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StyleJob.h"

#include "charts/StyleChartData.h"
#include "common/JobContext.h"
#include "project/Session.h"

namespace idiolect {

namespace {
constexpr int kCorpusPermille = 400;
} // namespace

Expected<StyleJobResult> StyleJob::run(const StyleJobParams &params, JobContext &job)
{
    JobContext corpusJob;
    corpusJob.attachToParent(&job, 0, kCorpusPermille);
    auto corpus = Corpus::build(std::make_shared<const TextLayer>(params.chatExport), params.spec,
                                corpusJob);
    if (!corpus)
        return corpus.error();
    JobContext styleJob;
    styleJob.attachToParent(&job, kCorpusPermille, 1000);
    auto analysis = StyleAnalyzer::analyze(*corpus, params.options, {}, styleJob);
    if (!analysis)
        return analysis.error();
    StyleJobResult result;
    result.analysis = std::move(*analysis);
    result.counts = corpus->counts();
    result.threads = qsizetype(corpus->threads().size());
    return result;
}

CorpusSpec StyleJob::specFor(const Session &session)
{
    CorpusSpec spec;
    if (!session.hasExport())
        return spec;
    const ChatExport &ex = *session.chatExport();
    for (size_t t = 0; t < ex.threads.size(); ++t) {
        if (!session.isThreadIncluded(int(t)))
            continue;
        spec.threads.append(int(t));
        if (ex.threads[t].isNoteToSelf)
            spec.includeNoteToSelf = true;
    }
    const DateRange &range = session.state().range;
    spec.fromMs = range.fromMs(session.lastDay());
    spec.toMs = range.toMs(session.lastDay());
    if (ex.self.isKnown())
        spec.selfId = ex.self.id;
    return spec;
}

StyleOptions StyleJob::options()
{
    StyleOptions options;
    options.partnerVocabulary = true;
    options.topEmojis = StyleChartData::kMaxRanked;
    options.topWords = StyleChartData::kMaxRanked;
    return options;
}

} // namespace idiolect
