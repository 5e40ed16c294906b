// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectState.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace idiolect {

/**
 * @brief A change of review decisions, small or over a whole filter, kept compact.
 *
 * Either one verdict for every id (a bulk action: "Accept All Shown" keeps each
 * example's edit, "Reset to Pending" drops it) or an explicit decision per id.
 * A bulk change of 346,000 examples is then a list of ids and one status, not a
 * hash of decisions built on the UI thread. apply() is a plain function of the
 * decisions it is given, so Session can run it on a worker over a snapshot.
 */
struct DecisionChange
{
    QList<QString> ids;
    /** Set: every id gets this status. Unset: ids[i] gets decisions[i]. */
    std::optional<ReviewStatus> status;
    QList<ReviewDecision> decisions;

    struct Applied;

    /** The explicit change of @p changes (one decision per id). */
    [[nodiscard]] static DecisionChange fromHash(const QHash<QString, ReviewDecision> &changes);
    /** Gives every id in @p ids the verdict @p status. */
    [[nodiscard]] static DecisionChange withStatus(QList<QString> ids, ReviewStatus status);

    [[nodiscard]] qsizetype size() const { return ids.size(); }
    [[nodiscard]] bool isEmpty() const { return ids.isEmpty(); }
    /** The decision id @p i gets when its decision is @p current now. */
    [[nodiscard]] ReviewDecision target(qsizetype i, const ReviewDecision &current) const;
    /**
     * Applies the change to @p decisions in place (default decisions are removed,
     * as Session keeps them) and says which ids changed, from what to what.
     */
    Applied apply(QHash<QString, ReviewDecision> &decisions) const;
};

/** What DecisionChange::apply() did, as explicit changes of only the ids that changed. */
struct DecisionChange::Applied
{
    DecisionChange forward; ///< Applying it again repeats the change (redo).
    DecisionChange reverse; ///< Applying it restores the decisions before (undo).
};

} // namespace idiolect
