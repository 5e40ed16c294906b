// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/DecisionChange.h"

#include <QUndoCommand>

#include <memory>

namespace idiolect {

class Session;

/**
 * An undoable change of review decisions (one example or a whole filter).
 *
 * The first redo() applies the change as given (e.g. one verdict for 346,000
 * ids) and keeps what it did: the ids that changed with their decisions after
 * and before, which redo and undo then apply. Session may apply a large change
 * on a worker; the record is shared with it, so undoing before it is in works
 * (Session applies changes in order) and so does clearing the stack meanwhile.
 */
class DecisionCommand final : public QUndoCommand
{
public:
    DecisionCommand(Session *session, DecisionChange change, const QString &text);

    void undo() override;
    void redo() override;

private:
    struct Record
    {
        DecisionChange first;
        std::optional<DecisionChange::Applied> applied;
    };

    Session *m_session;
    std::shared_ptr<Record> m_record;
};

} // namespace idiolect
