// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationStrategy.h"

namespace idiolect {

/**
 * @brief Strategy "adaptive": your replies to a 1:1 partner whose style differs from yours
 * (style_difference >= min_style_difference) in a chat with at least
 * min_conversations_per_partner episodes with you, with an instruction naming the
 * partner's style.
 */
class AdaptiveStrategy final : public GenerationStrategy
{
public:
    [[nodiscard]] Strategy kind() const override { return Strategy::Adaptive; }
    void generate(const StrategyInput &input, quint32 thread,
                  std::vector<Example> &out) const override;
};

} // namespace idiolect
