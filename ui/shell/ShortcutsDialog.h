// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;

namespace idiolect {

/** Help → Keyboard Shortcuts: every action that has a shortcut, listed from the actions. */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    /** @p extra lists shortcuts that are not actions (page keys), as (keys, description). */
    ShortcutsDialog(const QList<QAction *> &actions,
                    const QList<std::pair<QString, QString>> &extra, QWidget *parent = nullptr);
};

} // namespace idiolect
