// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SignalModelBuilder: joining the decoded parts of a message table in file order.
#include "SignalModelBuilder.h"

namespace idiolect {

namespace {

/** Adds the counts of @p from to @p to (self evidence of one part to the whole table's). */
void addCounts(QHash<qint64, qint64> &to, const QHash<qint64, qint64> &from)
{
    if (to.isEmpty()) {
        to = from;
        return;
    }
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        to[it.key()] += it.value();
}

} // namespace

void SignalModelBuilder::appendMessages(MessageBatch &&batch, SignalTableKind kind, qint64 rowBase)
{
    MessageStore &store = m_export->messages;
    const quint32 base = store.size();
    const quint32 rows = batch.store.size();
    m_invalidUtf8 += batch.invalidUtf8;
    m_oversizedTexts += batch.oversizedTexts;
    m_export->reactionRows += batch.reactionRows;
    if (rowBase != 0) {
        // Rows without an id are numbered by their position in the whole table.
        const qint64 sign = kind == SignalTableKind::LegacySms ? -1 : 1;
        for (const quint32 row : batch.defaultIds)
            batch.store.setId(row, sign * (rowBase + qint64(row) + 1));
    }
    // The part's threads in order of first appearance: numbering them now, in file order,
    // numbers every thread in order of first appearance in the whole table.
    std::vector<qint32> threadIndex(batch.threads.size());
    for (size_t k = 0; k < batch.threads.size(); ++k) {
        const MessageBatch::ThreadSummary &summary = batch.threads[k];
        const qint32 thread = threadFor(summary.threadId);
        threadIndex[k] = thread;
        // The partner named by the last outgoing row wins; incoming rows only until then.
        if (summary.outgoingGuess > 0) {
            m_threadRecipientGuess[size_t(thread)] = summary.outgoingGuess;
            m_threadGuessFromOutgoing[size_t(thread)] = 1;
        } else if (summary.incomingGuess > 0 && !m_threadGuessFromOutgoing[size_t(thread)]) {
            m_threadRecipientGuess[size_t(thread)] = summary.incomingGuess;
        }
    }
    // The text is copied meanwhile; the next join or finish() waits for it.
    m_joiningText.waitForFinished();
    m_joiningText = store.appendStoreTextLater(std::move(batch.store));
    for (quint32 row = 0; row < rows; ++row)
        store.setThread(base + row, threadIndex[size_t(store.thread(base + row))]);
    for (const quint32 row : batch.placeholderRows)
        m_placeholderRows.push_back(base + row);
    for (const auto &[row, original] : batch.editedRows)
        m_editedRows.emplace_back(base + row, original);
    addCounts(m_evidence.outgoingSenders, batch.outgoingSenders);
    addCounts(m_evidence.incomingTargets, batch.incomingTargets);
    m_evidence.knownRecipients.unite(batch.knownRecipients);
    batch = MessageBatch(); // the per-row vectors are not needed any more: free them now
}

} // namespace idiolect
