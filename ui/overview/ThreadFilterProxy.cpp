// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadFilterProxy.h"

#include "ThreadTableModel.h"

namespace idiolect {

ThreadFilterProxy::ThreadFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ThreadTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ThreadFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void ThreadFilterProxy::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

QList<int> ThreadFilterProxy::visibleThreadIndexes() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        rows.append(mapToSource(index(r, 0)).row());
    return rows;
}

bool ThreadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *src = sourceModel();
    using K = ThreadTableModel::ThreadKind;
    const auto kind
        = K(src->index(sourceRow, 0, sourceParent).data(ThreadTableModel::ThreadKindRole).toInt());
    const bool included = src->index(sourceRow, ThreadTableModel::Included, sourceParent)
                              .data(Qt::CheckStateRole)
                              .toInt()
        == Qt::Checked;
    switch (m_show) {
    case Show::All: break;
    case Show::Included:
        if (!included)
            return false;
        break;
    case Show::Excluded:
        if (included)
            return false;
        break;
    case Show::OneToOne:
        if (kind != K::OneToOne)
            return false;
        break;
    case Show::Groups:
        if (kind != K::Group)
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    return src->index(sourceRow, ThreadTableModel::Name, sourceParent)
        .data(Qt::DisplayRole)
        .toString()
        .contains(m_search, Qt::CaseInsensitive);
}

} // namespace idiolect
