// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisOptions.h"
#include "ConversationWindow.h"
#include "common/Expected.h"

#include <vector>

namespace idiolect {

class Corpus;
struct CorpusThread;
class JobContext;

/**
 * @brief Finds conversation windows: your target messages with up to window_size messages of context.
 *
 * Eligible: the message is a target (your text, long enough), its context has
 * at least max(1, min_window_messages - 1) messages and the thread at least
 * min_window_messages. Eligible windows are numbered per thread in time order
 * and those whose number is divisible by stride are kept. Momentum uses the
 * mean context gap, or the response delay when the context is one message.
 */
class WindowFinder final
{
public:
    /** Appends the windows of corpus thread @p thread to @p out. */
    static void find(const Corpus &corpus, quint32 thread, const WindowOptions &options,
                     std::vector<ConversationWindow> &out);

    /** All windows of the corpus, thread by thread (parallel, deterministic order). */
    static Expected<std::vector<ConversationWindow>>
    findAll(const Corpus &corpus, const WindowOptions &options, JobContext &job);
};

} // namespace idiolect
