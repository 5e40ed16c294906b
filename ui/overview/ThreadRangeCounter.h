// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace idiolect {

class ChatExport;

/**
 * Counts your text messages per thread inside a time span, for the overview.
 * Threads index their messages sorted by date, so each thread costs two
 * binary searches plus a scan of the span (a million messages: a few ms).
 */
class ThreadRangeCounter final
{
public:
    /** Per thread (same order as ChatExport::threads): outgoing Text messages in [fromMs, toMs). */
    static std::vector<qint64> outgoingText(const ChatExport &ex, qint64 fromMs, qint64 toMs);
};

} // namespace idiolect
