// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

class QAbstractItemModel;
class QModelIndex;
class QString;

namespace idiolect {

/** The free-text search the app's filter proxies share. */
class RowSearch final
{
public:
    /**
     * True when the display text of any of @p columns in @p row contains @p text,
     * ignoring case. An empty @p text matches every row.
     */
    static bool matches(const QAbstractItemModel *model, int row, const QModelIndex &parent,
                        std::initializer_list<int> columns, const QString &text);
};

} // namespace idiolect
