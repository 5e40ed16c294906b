// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionCommand.h"

#include "project/Session.h"

namespace idiolect {

DecisionCommand::DecisionCommand(Session *session, QHash<QString, ReviewDecision> after,
                                 const QString &text)
    : QUndoCommand(text), m_session(session), m_after(std::move(after))
{
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it)
        m_before.insert(it.key(), m_session->decision(it.key()));
}

void DecisionCommand::undo()
{
    m_session->setDecisions(m_before);
}

void DecisionCommand::redo()
{
    m_session->setDecisions(m_after);
}

} // namespace idiolect
