// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Example.h"

#include <optional>
#include <vector>

namespace idiolect {

/** What balancing and sampling did. */
struct SamplingReport
{
    qint64 before = 0;
    qint64 afterBalance = 0;
    qint64 after = 0;
};

/**
 * @brief balance_examples and max_examples: fair, seeded, reproducible.
 *
 * Balance: with two or more example types, no type keeps more than
 * maxRatio x the (lower) median type count. max_examples: the budget is split
 * evenly across types by water-filling (a type with fewer examples leaves its
 * share to the others), or proportionally when balance is off. Inside a type,
 * the quota is water-filled across threads, and each thread's examples are
 * picked by a seeded shuffle keyed by (seed, type, thread id) — so changing one
 * chat does not reshuffle the others. Never "first N".
 */
class ExampleSampler final
{
public:
    struct Options
    {
        bool balance = true;
        double maxRatio = 3.0;
        std::optional<qint64> maxExamples;
        quint64 seed = 42;
    };

    /** Keeps a fair subset; result is in the input's relative order. */
    static std::vector<Example> sample(std::vector<Example> examples, const Options &options,
                                       SamplingReport *report = nullptr);

    /** Orders chronologically by thread, target position, type and variant. */
    static void sortChronologically(std::vector<Example> &examples);
    /** A seeded shuffle (the same on every platform). */
    static void shuffle(std::vector<Example> &examples, quint64 seed);

    /**
     * Splits @p budget over items with the given capacities as evenly as
     * possible (water-filling); left-over units go to the earliest items with room.
     */
    static std::vector<qint64> waterFill(const std::vector<qint64> &capacities, qint64 budget);
    /** Splits @p budget proportionally to @p weights (largest remainder, ties to earlier). */
    static std::vector<qint64> proportional(const std::vector<qint64> &weights, qint64 budget);
};

} // namespace idiolect
