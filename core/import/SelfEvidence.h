// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QtGlobal>

namespace idiolect {

/**
 * @brief Facts gathered during import that reveal the exporting user's id.
 *
 * Filled by the model builder; SelfDetector decides from it. Mirrors
 * signalbackup-tools' scanSelf() steps that work without the backup's
 * key-value frames (docs/import.md, "Finding self").
 */
struct SelfEvidence
{
    /** The message table has from_recipient_id (dbv >= 185). */
    bool hasFromColumn = false;
    /** from_recipient_id of outgoing rows → row count. */
    QHash<qint64, qint64> outgoingSenders;
    /** to_recipient_id of incoming rows with from != to (written after dbv 185) → count. */
    QHash<qint64, qint64> incomingTargets;

    /** Per 1:1 thread: authors of quotes (that match a message of the thread) and reactions
     *  who are not the partner. Each is someone other than the partner, i.e. self. */
    QHash<qint64, qint64> oneToOneOthers;

    /** Per active group: members that never sent an incoming message there. */
    QList<QSet<qint64>> silentGroupMembers;

    /** Every recipient id the export knows (to validate an override). */
    QSet<qint64> knownRecipients;
};

} // namespace idiolect
