// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationStrategy.h"

namespace idiolect {

/**
 * @brief Strategy "completion": your message split at the word boundary closest to its
 * middle (within [min_split, max_split] of its length); input: context plus the
 * prefix, output: the rest.
 */
class CompletionStrategy final : public GenerationStrategy
{
public:
    [[nodiscard]] Strategy kind() const override { return Strategy::Completion; }
    void generate(const StrategyInput &input, quint32 thread,
                  std::vector<Example> &out) const override;
};

} // namespace idiolect
