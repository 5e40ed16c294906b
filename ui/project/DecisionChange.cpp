// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionChange.h"

namespace idiolect {

DecisionChange DecisionChange::fromHash(const QHash<QString, ReviewDecision> &changes)
{
    DecisionChange change;
    change.ids.reserve(changes.size());
    change.decisions.reserve(changes.size());
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        change.ids.append(it.key());
        change.decisions.append(it.value());
    }
    return change;
}

DecisionChange DecisionChange::withStatus(QList<QString> ids, ReviewStatus status)
{
    DecisionChange change;
    change.ids = std::move(ids);
    change.status = status;
    return change;
}

ReviewDecision DecisionChange::target(qsizetype i, const ReviewDecision &current) const
{
    if (!status)
        return decisions.value(i);
    ReviewDecision d = current;
    d.status = *status;
    if (*status == ReviewStatus::Pending) { // back to pending drops the edit too
        d.edited = false;
        d.editedOutput.clear();
    }
    return d;
}

DecisionChange::Applied DecisionChange::apply(QHash<QString, ReviewDecision> &decisions) const
{
    Applied applied;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString &id = ids[i];
        const auto it = decisions.constFind(id); // no copy of a shared hash for a no-op
        const ReviewDecision current = it != decisions.cend() ? *it : ReviewDecision();
        ReviewDecision next = target(i, current);
        if (next == current)
            continue;
        applied.reverse.ids.append(id);
        applied.reverse.decisions.append(current);
        if (next.isDefault())
            decisions.remove(id);
        else
            decisions.insert(id, next);
        applied.forward.decisions.append(std::move(next));
    }
    applied.forward.ids = applied.reverse.ids;
    return applied;
}

} // namespace idiolect
