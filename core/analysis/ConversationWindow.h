// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Momentum.h"

#include <QtGlobal>

namespace idiolect {

/**
 * @brief One of your messages with the messages before it as context.
 *
 * Positions index CorpusThread::messages: the context is [contextBegin, target).
 */
struct ConversationWindow
{
    quint32 thread = 0; ///< Index into Corpus::threads().
    quint32 contextBegin = 0;
    quint32 target = 0;
    quint32 number = 0; ///< Eligible-window number within the thread (before stride).
    double avgTimeGap = 0; ///< Mean gap between context messages, seconds (0 for one message).
    double responseDelay = 0; ///< Target time minus last context message time, seconds.
    Momentum momentum = Momentum::Rapid;
    bool hasMedia = false; ///< A context message or the target has media, an attachment or a URL.

    [[nodiscard]] int contextSize() const { return int(target - contextBegin); }
};

} // namespace idiolect
