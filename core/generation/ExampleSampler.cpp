// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleSampler.h"

#include "SeededRandom.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>

namespace idiolect {

namespace {

constexpr size_t kTypeCount = 5;

/** Marks @p quota of @p indices (a seeded partial Fisher–Yates) in @p keep. */
void pick(std::vector<size_t> indices, qint64 quota, quint64 seed, std::vector<char> &keep)
{
    SeededRandom rng(seed);
    const auto n = qint64(indices.size());
    for (qint64 i = 0; i < quota && i < n; ++i) {
        const auto j = i + qint64(rng.bounded(quint64(n - i)));
        std::swap(indices[size_t(i)], indices[size_t(j)]);
        keep[indices[size_t(i)]] = 1;
    }
}

} // namespace

std::vector<qint64> ExampleSampler::waterFill(const std::vector<qint64> &capacities, qint64 budget)
{
    std::vector<qint64> result(capacities.size(), 0);
    qint64 remaining
        = std::min(budget, std::accumulate(capacities.begin(), capacities.end(), qint64(0)));
    std::vector<size_t> active;
    for (size_t i = 0; i < capacities.size(); ++i) {
        if (capacities[i] > 0)
            active.push_back(i);
    }
    while (remaining > 0 && !active.empty()) {
        const qint64 share = remaining / qint64(active.size());
        if (share == 0) {
            for (size_t i : active) {
                if (remaining == 0)
                    break;
                ++result[i];
                --remaining;
            }
            break;
        }
        for (size_t i : active) {
            const qint64 give = std::min(share, capacities[i] - result[i]);
            result[i] += give;
            remaining -= give;
        }
        std::erase_if(active, [&](size_t i) { return result[i] >= capacities[i]; });
    }
    return result;
}

std::vector<qint64> ExampleSampler::proportional(const std::vector<qint64> &weights, qint64 budget)
{
    const qint64 total = std::accumulate(weights.begin(), weights.end(), qint64(0));
    if (total <= budget)
        return weights;
    std::vector<qint64> result(weights.size(), 0);
    std::vector<std::pair<qint64, size_t>> remainders;
    qint64 given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const qint64 exact = weights[i] * budget; // Both are example counts: no overflow.
        result[i] = qint64(exact / total);
        remainders.emplace_back(qint64(exact % total), i);
        given += result[i];
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t k = 0; given < budget && k < remainders.size(); ++k, ++given)
        ++result[remainders[k].second];
    return result;
}

std::vector<Example> ExampleSampler::sample(std::vector<Example> examples, const Options &options,
                                            SamplingReport *report)
{
    std::array<std::vector<size_t>, kTypeCount> byType;
    for (size_t i = 0; i < examples.size(); ++i)
        byType[size_t(examples[i].type)].push_back(i);
    std::vector<qint64> counts(kTypeCount);
    for (size_t t = 0; t < kTypeCount; ++t)
        counts[t] = qint64(byType[t].size());
    std::vector<qint64> quota = counts;

    std::vector<qint64> present;
    for (qint64 c : counts) {
        if (c > 0)
            present.push_back(c);
    }
    if (options.balance && present.size() >= 2) {
        std::sort(present.begin(), present.end());
        const qint64 median = present[(present.size() - 1) / 2];
        const auto cap = std::max<qint64>(
            1, qint64(std::floor(std::max(options.maxRatio, 1.0) * double(median))));
        for (qint64 &q : quota)
            q = std::min(q, cap);
    }
    const qint64 afterBalance = std::accumulate(quota.begin(), quota.end(), qint64(0));
    if (options.maxExamples && *options.maxExamples >= 0 && afterBalance > *options.maxExamples)
        quota = options.balance ? waterFill(quota, *options.maxExamples)
                                : proportional(quota, *options.maxExamples);

    if (report) {
        report->before = qint64(examples.size());
        report->afterBalance = afterBalance;
        report->after = std::accumulate(quota.begin(), quota.end(), qint64(0));
    }
    if (quota == counts)
        return examples;

    std::vector<char> keep(examples.size(), 0);
    for (size_t t = 0; t < kTypeCount; ++t) {
        if (quota[t] >= counts[t]) {
            for (size_t i : byType[t])
                keep[i] = 1;
            continue;
        }
        std::map<quint32, std::vector<size_t>> byThread;
        for (size_t i : byType[t])
            byThread[examples[i].corpusThread].push_back(i);
        std::vector<qint64> threadCounts;
        for (const auto &[thread, list] : byThread)
            threadCounts.push_back(qint64(list.size()));
        const std::vector<qint64> threadQuota = waterFill(threadCounts, quota[t]);
        size_t k = 0;
        for (const auto &[thread, list] : byThread) {
            const quint64 seed
                = SeededRandom::combine(SeededRandom::combine(options.seed, quint64(t)),
                                        quint64(examples[list.front()].threadId));
            pick(list, threadQuota[k++], seed, keep);
        }
    }

    // Compact in place (order kept): no second vector of a million examples.
    size_t kept = 0;
    for (size_t i = 0; i < examples.size(); ++i) {
        if (!keep[i])
            continue;
        if (kept != i)
            examples[kept] = std::move(examples[i]);
        ++kept;
    }
    examples.erase(examples.begin() + qsizetype(kept), examples.end());
    return examples;
}

void ExampleSampler::sortChronologically(std::vector<Example> &examples)
{
    // Sort small keys, then move each example once.
    struct Key
    {
        quint32 thread;
        quint32 order;
        quint8 type;
        quint8 variant;
        quint32 index;
    };
    std::vector<Key> keys(examples.size());
    for (size_t i = 0; i < examples.size(); ++i) {
        const Example &e = examples[i];
        keys[i] = {e.corpusThread, e.order, quint8(e.type), e.variant, quint32(i)};
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.thread, a.order, a.type, a.variant)
            < std::tie(b.thread, b.order, b.type, b.variant);
    });
    std::vector<Example> sorted;
    sorted.reserve(examples.size());
    for (const Key &k : keys)
        sorted.push_back(std::move(examples[k.index]));
    examples = std::move(sorted);
}

void ExampleSampler::shuffle(std::vector<Example> &examples, quint64 seed)
{
    // Fisher–Yates over indices (the same permutation as swapping the examples themselves),
    // then applied in place cycle by cycle: each example moves once, instead of the three
    // moves and two cache misses of a swap, and no second vector is allocated.
    const size_t n = examples.size();
    std::vector<quint32> from(n);
    std::iota(from.begin(), from.end(), quint32(0));
    SeededRandom rng(seed);
    for (size_t i = n; i > 1; --i) {
        const auto j = size_t(rng.bounded(quint64(i)));
        std::swap(from[i - 1], from[j]);
    }
    // Position k receives the example at from[k].
    std::vector<bool> placed(n, false);
    for (size_t start = 0; start < n; ++start) {
        if (placed[start] || from[start] == start) {
            placed[start] = true;
            continue;
        }
        Example carried = std::move(examples[start]);
        size_t k = start;
        while (from[k] != start) {
            examples[k] = std::move(examples[from[k]]);
            placed[k] = true;
            k = from[k];
        }
        examples[k] = std::move(carried);
        placed[k] = true;
    }
}

} // namespace idiolect
