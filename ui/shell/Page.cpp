// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Page.h"

#include <QLineEdit>

namespace idiolect {

bool Page::focusSearchField(QLineEdit *field)
{
    if (!field)
        return false;
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
    return true;
}

} // namespace idiolect
