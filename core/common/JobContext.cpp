// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobContext.h"

namespace idiolect {

void JobContext::setProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        total = 1;
    done = qBound<qint64>(0, done, total);
    const qint64 step = done == total ? 1001 : (done * 1000) / total;
    const qint64 previous = m_lastPermilleStep.exchange(step);
    m_lastDone.store(done);
    m_lastTotal.store(total);
    if (previous == step && done != 0)
        return;
    if (m_parent) {
        const qint64 span = m_to - m_from;
        m_parent->setProgress(m_from + (span * done) / total, 1000);
    }
    if (m_callback) {
        std::lock_guard lock(m_callbackMutex);
        m_callback(done, total);
    }
}

void JobContext::attachToParent(JobContext *parent, int fromPermille, int toPermille)
{
    m_parent = parent;
    m_from = fromPermille;
    m_to = toPermille;
}

JobContext &JobContext::detached()
{
    thread_local JobContext context;
    return context;
}

} // namespace idiolect
