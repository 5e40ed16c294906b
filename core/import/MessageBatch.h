// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "model/MessageStore.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace idiolect {

/**
 * @brief The rows of one part of a message table, decoded without any builder state.
 *
 * SignalModelBuilder::decodeMessages() fills it from a TableReader; it holds
 * everything a row yields on its own (fixed columns, text decoded into the
 * batch's own arena, link previews and reactions indexed locally), the part's
 * share of the self evidence, and, summarised per thread, what depends on the
 * rows before it and is therefore resolved only when the batch is appended in
 * file order: thread indices (threads are numbered in order of first
 * appearance in the whole table), the partner guess of each thread, and
 * default ids of rows without one.
 * Several parts of one CSV file are decoded on separate threads this way and
 * appended one after the other, giving the same model as one sequential pass.
 */
struct MessageBatch
{
    /** A thread the part's rows belong to, in order of first appearance in the part. */
    struct ThreadSummary
    {
        qint64 threadId = -1; ///< thread_id of the rows (-1 when missing).
        qint64 outgoingGuess = 0; ///< Partner named by the part's last outgoing row naming one.
        qint64 incomingGuess = 0; ///< Partner named by the part's last incoming row naming one.
    };

    /** The store's thread column holds indices into threads until the batch is appended. */
    MessageStore store;
    std::vector<ThreadSummary> threads;
    std::vector<quint32> defaultIds; ///< Rows whose id was empty (numbered by position later).
    std::vector<quint32> placeholderRows; ///< Text rows whose body holds U+FFFC (mentions).
    /** Latest revisions of edited messages, with the _id of the message's first version. */
    std::vector<std::pair<quint32, qint64>> editedRows;
    /** Self evidence of the part's rows (SelfEvidence's fields of the same names). */
    QHash<qint64, qint64> outgoingSenders;
    QHash<qint64, qint64> incomingTargets;
    QSet<qint64> knownRecipients;
    qint64 reactionRows = 0; ///< Reactions found in the rows' legacy reactions column.
    qint64 invalidUtf8 = 0;
    qint64 oversizedTexts = 0;
    /** The first error of this part (its record number counts from the part's start). */
    Error error;
};

} // namespace idiolect
