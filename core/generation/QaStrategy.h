// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationStrategy.h"

namespace idiolect {

/**
 * @brief Strategy "qa": a partner's question (a question mark or a leading question word)
 * answered by your next message(s) in the same thread within max_answer_delay.
 */
class QaStrategy final : public GenerationStrategy
{
public:
    [[nodiscard]] Strategy kind() const override { return Strategy::Qa; }
    void generate(const StrategyInput &input, quint32 thread,
                  std::vector<Example> &out) const override;
};

} // namespace idiolect
