// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageBatch.h"

#include <QHash>

#include <vector>

namespace idiolect {

/**
 * @brief Numbers the threads of one part of a message table in order of first appearance.
 *
 * Fills MessageBatch::threads while a part is decoded; the numbers are local to
 * the part until SignalModelBuilder::appendMessages() maps them to the export's.
 */
class PartThreads final
{
public:
    explicit PartThreads(std::vector<MessageBatch::ThreadSummary> &threads) : m_threads(threads) { }

    qint32 indexOf(qint64 threadId)
    {
        if (threadId == m_lastId && m_last >= 0) // rows of one chat often follow each other
            return m_last;
        const auto it = m_index.constFind(threadId);
        if (it != m_index.constEnd()) {
            m_last = *it;
        } else {
            m_last = qint32(m_threads.size());
            m_index.insert(threadId, m_last);
            m_threads.push_back({threadId, 0, 0});
        }
        m_lastId = threadId;
        return m_last;
    }

private:
    std::vector<MessageBatch::ThreadSummary> &m_threads;
    QHash<qint64, qint32> m_index;
    qint64 m_lastId = 0;
    qint32 m_last = -1;
};

} // namespace idiolect
