// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <mutex>

namespace idiolect {

/**
 * @brief Progress and cancellation for one long-running job.
 *
 * Every job in core takes a params struct and a JobContext and returns a
 * result (or an Error). The context is shared between the worker thread and
 * whoever started the job: the worker reports (done, total) and polls
 * isCanceled() between steps; the owner calls cancel(). Progress callbacks are
 * called on the worker thread, only when the value changed by at least one
 * per-mille of the total (so a million-row import does not flood the UI).
 * Jobs may be nested: a child context forwards cancellation from its parent
 * and maps its progress into a slice of the parent's range.
 */
class JobContext final
{
public:
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    JobContext() = default;
    explicit JobContext(ProgressCallback callback) : m_callback(std::move(callback)) { }
    Q_DISABLE_COPY_MOVE(JobContext)

    /** Asks the job to stop at its next check. Thread-safe. */
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }

    /** True once cancel() was called here or on the parent. Cheap; call it often. */
    [[nodiscard]] bool isCanceled() const
    {
        return m_canceled.load(std::memory_order_relaxed) || (m_parent && m_parent->isCanceled());
    }

    /** Reports progress. Thread-safe; throttled to changes of at least 0.1 %. */
    void setProgress(qint64 done, qint64 total);

    /** Makes this context a slice [from, to) of the parent's progress range 0..1000. */
    void attachToParent(JobContext *parent, int fromPermille, int toPermille);

    void setCallback(ProgressCallback callback) { m_callback = std::move(callback); }

    [[nodiscard]] qint64 lastDone() const { return m_lastDone.load(); }
    [[nodiscard]] qint64 lastTotal() const { return m_lastTotal.load(); }

    /** A context nobody watches, for callers that need no progress or cancel. */
    static JobContext &detached();

private:
    std::atomic_bool m_canceled{false};
    std::atomic<qint64> m_lastDone{-1};
    std::atomic<qint64> m_lastTotal{-1};
    std::atomic<qint64> m_lastPermilleStep{-1};
    ProgressCallback m_callback;
    JobContext *m_parent = nullptr;
    int m_from = 0;
    int m_to = 1000;
    std::mutex m_callbackMutex;
};

} // namespace idiolect
