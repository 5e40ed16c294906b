// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BurstStrategy.h"

#include "ExampleFactory.h"
#include "analysis/Corpus.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

void emitChunk(const StrategyInput &input, quint32 thread, quint32 begin, quint32 end,
               std::vector<Example> &out)
{
    const auto &messages = input.corpus.threads()[thread].messages;
    const quint32 last = end - 1;
    if (!messages[last].is(CorpusFlag::IsTarget))
        return;
    const auto window = quint32(std::max(input.options.windows.windowSize, 0));
    const quint32 contextBegin = begin > window ? begin - window : 0;
    Example e = ExampleFactory::make(input.corpus, thread, ExampleType::BurstSequence, contextBegin,
                                     last, last, end);
    static const QString instruction = u"Continue this message burst naturally"_s;
    e.instruction = instruction;
    const int size = int(end - begin);
    e.meta.burstSize = size;
    e.meta.avgTimeBetween
        = double(messages[last].time - messages[begin].time) / 1000.0 / double(size - 1);
    e.meta.momentum = momentumFor(e.meta.avgTimeBetween);
    e.meta.responseDelay = double(messages[last].time - messages[last - 1].time) / 1000.0;
    out.push_back(std::move(e));
}

} // namespace

void BurstStrategy::generate(const StrategyInput &input, quint32 thread,
                             std::vector<Example> &out) const
{
    const auto &messages = input.corpus.threads()[thread].messages;
    const BurstOptions &o = input.options.burst;
    const qint64 gapMs = qint64(o.maxTimeBetweenMessagesSeconds) * 1000;
    const auto minSize = quint32(std::max(o.minBurstSize, 2));
    const auto maxSize = std::max(quint32(std::max(o.maxBurstSize, 2)), minSize);

    const auto emitRun = [&](quint32 begin, quint32 end) {
        for (quint32 chunk = begin; chunk < end; chunk += maxSize) {
            const quint32 chunkEnd = std::min(end, chunk + maxSize);
            if (chunkEnd - chunk >= minSize)
                emitChunk(input, thread, chunk, chunkEnd, out);
        }
    };

    quint32 runStart = 0;
    quint32 runLength = 0;
    for (quint32 i = 0; i < quint32(messages.size()); ++i) {
        const CorpusMessage &m = messages[i];
        const bool mine = m.fromYou() && m.is(CorpusFlag::IsText);
        if (mine && runLength > 0 && m.time - messages[i - 1].time < gapMs) {
            ++runLength;
            continue;
        }
        if (runLength >= minSize)
            emitRun(runStart, runStart + runLength);
        runStart = i;
        runLength = mine ? 1 : 0;
    }
    if (runLength >= minSize)
        emitRun(runStart, runStart + runLength);
}

} // namespace idiolect
