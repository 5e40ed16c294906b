// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/JobContext.h"

#include <memory>

namespace idiolect {

/**
 * Latest request wins: each new request cancels the previous one, and a
 * result is only applied if it belongs to the newest request.
 *
 *     const quint64 ticket = m_latest.begin(context);
 *     runJob(..., [this, ticket](auto result) { if (!m_latest.isCurrent(ticket)) return; ... });
 */
class LatestRequest final
{
public:
    quint64 begin(std::shared_ptr<JobContext> context)
    {
        if (m_context)
            m_context->cancel();
        m_context = std::move(context);
        return ++m_ticket;
    }

    [[nodiscard]] bool isCurrent(quint64 ticket) const { return ticket == m_ticket; }

    /** Marks the current request done (its context is released). */
    void finish(quint64 ticket)
    {
        if (ticket == m_ticket)
            m_context.reset();
    }

    void cancel()
    {
        if (m_context)
            m_context->cancel();
        m_context.reset();
        ++m_ticket;
    }

    [[nodiscard]] bool isRunning() const { return m_context != nullptr; }

private:
    std::shared_ptr<JobContext> m_context;
    quint64 m_ticket = 0;
};

} // namespace idiolect
