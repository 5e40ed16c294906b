// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Example.h"
#include "GenerationOptions.h"
#include "Strategy.h"

#include <vector>

namespace idiolect {

class Corpus;
struct StyleAnalysis;

/** What every strategy reads; shared by all threads of a run (read-only). */
struct StrategyInput
{
    const Corpus &corpus;
    const GenerationOptions &options;
    const StyleAnalysis &style;
    /** Per corpus thread: index into style.partners, or -1. */
    std::vector<int> partnerOfThread;
};

/**
 * @brief One way of turning conversations into examples ("conversational", "burst", ...).
 *
 * generate() handles a single corpus thread and may run concurrently for
 * different threads; it appends examples in time order.
 */
class GenerationStrategy
{
public:
    virtual ~GenerationStrategy() = default;
    [[nodiscard]] virtual Strategy kind() const = 0;
    virtual void generate(const StrategyInput &input, quint32 thread,
                          std::vector<Example> &out) const = 0;
};

} // namespace idiolect
