// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "model/MessageStore.h"

#include <vector>

namespace idiolect {

/**
 * @brief The rows of one part of a message table, decoded without any builder state.
 *
 * SignalModelBuilder::decodeMessages() fills it from a TableReader; it holds
 * everything a row yields on its own (fixed columns, text decoded into the
 * batch's own arena, link previews and reactions indexed locally) plus what
 * depends on the rows before it and is therefore resolved only when the batch
 * is appended in file order: the thread (thread ids become indices in order of
 * first appearance), the self evidence, and default ids of rows without one.
 * Several parts of one CSV file are decoded on separate threads this way and
 * appended one after the other, giving the same model as one sequential pass.
 */
struct MessageBatch
{
    MessageStore store; ///< Thread column not yet set.
    std::vector<qint64> threadIds; ///< thread_id per row (-1 when missing).
    std::vector<qint64> rawSenders; ///< from/recipient column per row.
    std::vector<qint64> partnerGuesses; ///< Who the row says the thread is with (0: nobody).
    std::vector<qint64> incomingTargets; ///< to_recipient_id of an incoming row that names one.
    std::vector<quint32> defaultIds; ///< Rows whose id was empty (numbered by position later).
    bool hasFromColumn = false; ///< Outgoing rows name self in from_recipient_id.
    qint64 reactionRows = 0; ///< Reactions found in the rows' legacy reactions column.
    qint64 invalidUtf8 = 0;
    qint64 oversizedTexts = 0;
    /** The first error of this part (its record number counts from the part's start). */
    Error error;
};

} // namespace idiolect
