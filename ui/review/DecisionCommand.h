// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectState.h"

#include <QHash>
#include <QUndoCommand>

namespace idiolect {

class Session;

/** An undoable change of review decisions (one example or a whole filter). */
class DecisionCommand final : public QUndoCommand
{
public:
    /** Records the current decisions of @p after's ids so undo can restore them. */
    DecisionCommand(Session *session, QHash<QString, ReviewDecision> after, const QString &text);

    void undo() override;
    void redo() override;
    [[nodiscard]] int count() const { return int(m_after.size()); }

private:
    Session *m_session;
    QHash<QString, ReviewDecision> m_before;
    QHash<QString, ReviewDecision> m_after;
};

} // namespace idiolect
