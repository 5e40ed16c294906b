// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantMap>

class QWidget;

namespace idiolect {

/**
 * Remembers where the user left the splitters of a window: every QSplitter below a root
 * widget that has an objectName, keyed by that name (a splitter without one is not
 * remembered). The pane sizes are kept, as proportions of the splitter; a saved list that
 * no longer fits (a newer version has another pane count) or is damaged is ignored and the
 * splitter keeps its built-in proportions. Splitters whose panes can be hidden by a toggle
 * get no objectName: a hidden pane's size is 0 and would come back collapsed.
 */
class SplitterLayout final
{
public:
    [[nodiscard]] static QVariantMap save(const QWidget *root);
    /** Returns how many splitters took a saved state. */
    static int restore(QWidget *root, const QVariantMap &states);
};

} // namespace idiolect
