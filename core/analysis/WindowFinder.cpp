// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowFinder.h"

#include "Corpus.h"
#include "ParallelFor.h"

#include <algorithm>

namespace idiolect {

namespace {

bool carriesMedia(const CorpusMessage &m)
{
    return m.is(CorpusFlag::IsMedia) || m.is(CorpusFlag::HasAttachment) || m.is(CorpusFlag::HasUrl);
}

} // namespace

void WindowFinder::find(const Corpus &corpus, quint32 thread, const WindowOptions &options,
                        std::vector<ConversationWindow> &out)
{
    const auto &messages = corpus.threads()[thread].messages;
    const int windowSize = std::max(options.windowSize, 1);
    const int minContext = std::max(options.minWindowMessages - 1, 1);
    const int stride = std::max(options.stride, 1);
    if (messages.size() < size_t(std::max(options.minWindowMessages, 2)))
        return;
    quint32 number = 0;
    for (size_t t = 1; t < messages.size(); ++t) {
        const CorpusMessage &target = messages[t];
        if (!target.is(CorpusFlag::IsTarget))
            continue;
        const size_t begin = t > size_t(windowSize) ? t - size_t(windowSize) : 0;
        const int contextSize = int(t - begin);
        if (contextSize < minContext)
            continue;
        const quint32 eligible = number++;
        if (eligible % quint32(stride) != 0)
            continue;
        ConversationWindow w;
        w.thread = thread;
        w.contextBegin = quint32(begin);
        w.target = quint32(t);
        w.number = eligible;
        w.responseDelay = double(target.time - messages[t - 1].time) / 1000.0;
        w.hasMedia = carriesMedia(target);
        for (size_t i = begin; i < t; ++i)
            w.hasMedia = w.hasMedia || carriesMedia(messages[i]);
        if (contextSize >= 2) {
            w.avgTimeGap = double(messages[t - 1].time - messages[begin].time) / 1000.0
                / double(contextSize - 1);
            w.momentum = momentumFor(w.avgTimeGap);
        } else {
            w.momentum = momentumFor(w.responseDelay);
        }
        out.push_back(w);
    }
}

Expected<std::vector<ConversationWindow>>
WindowFinder::findAll(const Corpus &corpus, const WindowOptions &options, JobContext &job)
{
    const auto &threads = corpus.threads();
    std::vector<std::vector<ConversationWindow>> perThread(threads.size());
    parallelFor(
        threads.size(), [&](size_t t) { return threads[t].messages.size(); },
        [&](size_t t) { find(corpus, quint32(t), options, perThread[t]); }, job);
    if (job.isCanceled())
        return Error::canceled();
    std::vector<ConversationWindow> all;
    size_t total = 0;
    for (const auto &v : perThread)
        total += v.size();
    all.reserve(total);
    for (const auto &v : perThread)
        all.insert(all.end(), v.begin(), v.end());
    return all;
}

} // namespace idiolect
