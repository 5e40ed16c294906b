// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionCommand.h"

#include "project/Session.h"

namespace idiolect {

DecisionCommand::DecisionCommand(Session *session, DecisionChange change, const QString &text)
    : QUndoCommand(text), m_session(session), m_record(std::make_shared<Record>())
{
    m_record->first = std::move(change);
}

void DecisionCommand::undo()
{
    m_session->changeDecisions([record = m_record] {
        return record->applied ? record->applied->reverse : DecisionChange();
    });
}

void DecisionCommand::redo()
{
    m_session->changeDecisions(
        [record = m_record] {
            return record->applied ? record->applied->forward : std::move(record->first);
        },
        [record = m_record](const DecisionChange::Applied &applied) {
            if (!record->applied)
                record->applied = applied;
        });
}

} // namespace idiolect
