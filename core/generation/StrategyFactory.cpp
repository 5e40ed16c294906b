// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategyFactory.h"

#include "AdaptiveStrategy.h"
#include "BurstStrategy.h"
#include "CompletionStrategy.h"
#include "ConversationalStrategy.h"
#include "QaStrategy.h"

namespace idiolect {

std::unique_ptr<GenerationStrategy> StrategyFactory::create(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Conversational: return std::make_unique<ConversationalStrategy>();
    case Strategy::Burst: return std::make_unique<BurstStrategy>();
    case Strategy::Adaptive: return std::make_unique<AdaptiveStrategy>();
    case Strategy::Completion: return std::make_unique<CompletionStrategy>();
    case Strategy::Qa: return std::make_unique<QaStrategy>();
    }
    return {};
}

} // namespace idiolect
