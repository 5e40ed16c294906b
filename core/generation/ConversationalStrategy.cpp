// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationalStrategy.h"

#include "ExampleFactory.h"
#include "analysis/Corpus.h"
#include "analysis/WindowFinder.h"

namespace idiolect {

void ConversationalStrategy::generate(const StrategyInput &input, quint32 thread,
                                      std::vector<Example> &out) const
{
    std::vector<ConversationWindow> windows;
    WindowFinder::find(input.corpus, thread, input.options.windows, windows);
    out.reserve(out.size() + windows.size());
    const std::optional<Momentum> only = input.options.conversational.momentumFilter;
    for (const ConversationWindow &w : windows) {
        if (only && w.momentum != *only)
            continue;
        Example e = ExampleFactory::make(input.corpus, thread, ExampleType::ConversationWindow,
                                         w.contextBegin, w.target, w.target, w.target + 1);
        e.instruction = ExampleFactory::conversationInstruction(w.momentum);
        e.meta.momentum = w.momentum;
        e.meta.responseDelay = w.responseDelay;
        e.meta.avgTimeGap = w.avgTimeGap;
        out.push_back(std::move(e));
    }
}

} // namespace idiolect
