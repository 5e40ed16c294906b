// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadRangeCounter.h"

#include "model/ChatExport.h"

#include <algorithm>

namespace idiolect {

std::vector<qint64> ThreadRangeCounter::outgoingText(const ChatExport &ex, qint64 fromMs,
                                                     qint64 toMs)
{
    std::vector<qint64> counts(ex.threads.size(), 0);
    const MessageStore &store = ex.messages;
    for (size_t t = 0; t < ex.threads.size(); ++t) {
        const std::vector<quint32> &ids = ex.threads[t].messages;
        const auto begin
            = std::lower_bound(ids.begin(), ids.end(), fromMs,
                               [&store](quint32 m, qint64 ms) { return store.dateSent(m) < ms; });
        const auto end = std::lower_bound(begin, ids.end(), toMs, [&store](quint32 m, qint64 ms) {
            return store.dateSent(m) < ms;
        });
        qint64 n = 0;
        for (auto it = begin; it != end; ++it) {
            n += store.kind(*it) == MessageKind::Text && store.isOutgoing(*it);
        }
        counts[t] = n;
    }
    return counts;
}

} // namespace idiolect
