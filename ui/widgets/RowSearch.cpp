// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowSearch.h"

#include <QAbstractItemModel>

namespace idiolect {

bool RowSearch::matches(const QAbstractItemModel *model, int row, const QModelIndex &parent,
                        std::initializer_list<int> columns, const QString &text)
{
    if (text.isEmpty())
        return true;
    for (const int column : columns) {
        if (model->index(row, column, parent).data().toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace idiolect
