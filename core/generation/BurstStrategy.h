// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationStrategy.h"

namespace idiolect {

/**
 * @brief Strategy "burst": continue your multi-message sequence. A burst is a run of your
 * consecutive text messages in one thread with gaps under max_time_between_messages;
 * runs longer than max_burst_size are cut into chunks, chunks shorter than
 * min_burst_size dropped. Input: the context before the burst plus its first k-1
 * messages; output: its last message.
 */
class BurstStrategy final : public GenerationStrategy
{
public:
    [[nodiscard]] Strategy kind() const override { return Strategy::Burst; }
    void generate(const StrategyInput &input, quint32 thread,
                  std::vector<Example> &out) const override;
};

} // namespace idiolect
