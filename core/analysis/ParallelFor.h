// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ComputePool.h"
#include "common/JobContext.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <vector>

namespace idiolect {

/**
 * Runs fn(i) for i in [0, count) on the ComputePool, heaviest items
 * first (by @p weight) so one huge chat does not leave a core idle at the end.
 * Results must be written to per-item slots, which keeps the merge order
 * deterministic. Reports (done, count) to @p job and skips remaining items
 * once it is canceled.
 */
template<typename Weight, typename Fn>
void parallelFor(size_t count, Weight weight, Fn fn, JobContext &job)
{
    std::vector<size_t> order(count);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return weight(a) > weight(b); });
    std::atomic<qint64> done{0};
    const auto total = qint64(count);
    QtConcurrent::blockingMap(ComputePool::instance(), order.begin(), order.end(), [&](size_t i) {
        if (job.isCanceled())
            return;
        fn(i);
        job.setProgress(done.fetch_add(1, std::memory_order_relaxed) + 1, total);
    });
}

} // namespace idiolect
