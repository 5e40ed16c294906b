// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EpisodeSegmenter.h"

#include "ConversationTypeClassifier.h"
#include "Corpus.h"
#include "ParallelFor.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace idiolect {

QString conversationTypeName(ConversationType type)
{
    switch (type) {
    case ConversationType::Chat: return u"chat"_s;
    case ConversationType::Discussion: return u"discussion"_s;
    case ConversationType::Planning: return u"planning"_s;
    case ConversationType::Unclassified: break;
    }
    return {};
}

namespace {

void describe(const Corpus &corpus, const CorpusThread &thread, Episode &e,
              const ConversationTypeClassifier *classifier)
{
    double responseSum = 0;
    int responses = 0;
    for (quint32 i = e.begin; i < e.end; ++i) {
        const CorpusMessage &m = thread.messages[i];
        if (m.fromYou() && m.is(CorpusFlag::IsText))
            ++e.yourMessages;
        if (i > e.begin) {
            const CorpusMessage &prev = thread.messages[i - 1];
            if (prev.sender != m.sender || prev.fromYou() != m.fromYou()) {
                responseSum += double(m.time - prev.time) / 1000.0;
                ++responses;
            }
        }
    }
    e.avgResponseTime = responses > 0 ? responseSum / responses : -1.0;
    if (classifier)
        e.type = classifier->classify(corpus, thread, e.begin, e.end);
}

} // namespace

void EpisodeSegmenter::segment(const Corpus &corpus, quint32 thread, const EpisodeOptions &options,
                               std::vector<Episode> &out)
{
    const CorpusThread &t = corpus.threads()[thread];
    const auto &messages = t.messages;
    const qint64 gapMs = qint64(std::max(options.timeGapMinutes, 0)) * 60'000;
    const auto minLength = quint32(std::max(options.minEpisodeLength, 1));
    const auto maxLength = quint32(std::max(options.maxEpisodeLength, 1));
    std::optional<ConversationTypeClassifier> classifier;
    if (options.classify)
        classifier.emplace(options.planningCues);

    const auto emitEpisode = [&](quint32 begin, quint32 end) {
        const quint32 size = end - begin;
        if (size < minLength)
            return;
        const int parts = int((size + maxLength - 1) / maxLength);
        for (int p = 0; p < parts; ++p) {
            Episode e;
            e.thread = thread;
            e.begin = begin + quint32(p) * maxLength;
            e.end = std::min(end, e.begin + maxLength);
            e.firstOfWhole = begin;
            e.part = p + 1;
            e.partCount = parts;
            if (e.end - e.begin < minLength)
                continue;
            describe(corpus, t, e, classifier ? &*classifier : nullptr);
            if (options.requireYou && e.yourMessages == 0)
                continue;
            out.push_back(e);
        }
    };

    quint32 start = 0;
    for (quint32 i = 1; i <= quint32(messages.size()); ++i) {
        if (i == messages.size() || messages[i].time - messages[i - 1].time > gapMs) {
            emitEpisode(start, i);
            start = i;
        }
    }
}

Expected<std::vector<Episode>>
EpisodeSegmenter::segmentAll(const Corpus &corpus, const EpisodeOptions &options, JobContext &job)
{
    const auto &threads = corpus.threads();
    std::vector<std::vector<Episode>> perThread(threads.size());
    parallelFor(
        threads.size(), [&](size_t t) { return threads[t].messages.size(); },
        [&](size_t t) { segment(corpus, quint32(t), options, perThread[t]); }, job);
    if (job.isCanceled())
        return Error::canceled();
    std::vector<Episode> all;
    for (const auto &v : perThread)
        all.insert(all.end(), v.begin(), v.end());
    return all;
}

QString EpisodeSegmenter::episodeId(const Corpus &corpus, const Episode &episode)
{
    const CorpusThread &t = corpus.threads()[episode.thread];
    const qint64 firstId
        = corpus.layer().chatExport().messages.id(t.messages[episode.firstOfWhole].index);
    QString id = u"ep_%1_%2"_s.arg(t.threadId).arg(firstId);
    if (episode.partCount > 1)
        id += u'_' + QString::number(episode.part);
    return id;
}

} // namespace idiolect
