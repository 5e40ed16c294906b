// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdaptiveStrategy.h"

#include "ExampleFactory.h"
#include "analysis/Corpus.h"
#include "analysis/StyleAnalyzer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

void AdaptiveStrategy::generate(const StrategyInput &input, quint32 thread,
                                std::vector<Example> &out) const
{
    const int partnerIndex
        = thread < input.partnerOfThread.size() ? input.partnerOfThread[thread] : -1;
    if (partnerIndex < 0)
        return;
    const PartnerProfile &partner = input.style.partners[size_t(partnerIndex)];
    const AdaptiveOptions &o = input.options.adaptive;
    if (partner.isGroup || partner.styleDifference < o.minStyleDifference
        || partner.episodesWithYou < o.minConversationsPerPartner
        || partner.adaptationLevel < o.minAdaptationLevel)
        return;

    const QString instruction = u"Respond in a style adapted to this conversation partner who "_s
        + partnerStylePhrase(partner.style);
    const auto &messages = input.corpus.threads()[thread].messages;
    const auto window = quint32(std::max(input.options.windows.windowSize, 1));
    for (quint32 p = 1; p < quint32(messages.size()); ++p) {
        const CorpusMessage &m = messages[p];
        if (!m.is(CorpusFlag::IsTarget) || messages[p - 1].fromYou()
            || messages[p - 1].is(CorpusFlag::IsSystem))
            continue;
        const quint32 begin = p > window ? p - window : 0;
        Example e
            = ExampleFactory::make(input.corpus, thread, ExampleType::Adaptive, begin, p, p, p + 1);
        e.instruction = instruction;
        e.meta.partnerStyle = partner.style;
        e.meta.yourUsualStyle = input.style.personal.preferredLength;
        e.meta.adaptationLevel = partner.adaptationLevel;
        e.meta.styleDifference = partner.styleDifference;
        e.meta.responseDelay = double(m.time - messages[p - 1].time) / 1000.0;
        out.push_back(std::move(e));
    }
}

} // namespace idiolect
