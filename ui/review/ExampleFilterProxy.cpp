// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleFilterProxy.h"

#include "ExampleTableModel.h"

namespace idiolect {

ExampleFilterProxy::ExampleFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ExampleTableModel::SortRole);
    // Decisions change while reviewing; re-filtering then would make rows jump away
    // under the cursor, so the status filter applies when it is (re)chosen.
    setDynamicSortFilter(false);
}

void ExampleFilterProxy::setType(std::optional<int> type)
{
    m_type = type;
    invalidateRowsFilter();
}

void ExampleFilterProxy::setThreadId(std::optional<qint64> threadId)
{
    m_threadId = threadId;
    invalidateRowsFilter();
}

void ExampleFilterProxy::setMomentum(std::optional<int> momentum)
{
    m_momentum = momentum;
    invalidateRowsFilter();
}

void ExampleFilterProxy::setStatus(StatusFilter status)
{
    m_status = status;
    invalidateRowsFilter();
}

void ExampleFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

QList<QString> ExampleFilterProxy::visibleIds() const
{
    QList<QString> ids;
    ids.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        ids.append(index(r, 0).data(ExampleTableModel::ExampleIdRole).toString());
    return ids;
}

bool ExampleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type && i.data(ExampleTableModel::TypeRole).toInt() != *m_type)
        return false;
    if (m_threadId && i.data(ExampleTableModel::ThreadIdRole).toLongLong() != *m_threadId)
        return false;
    if (m_momentum && i.data(ExampleTableModel::MomentumRole).toInt() != *m_momentum)
        return false;
    const int status = i.data(ExampleTableModel::StatusRole).toInt();
    switch (m_status) {
    case StatusFilter::All: break;
    case StatusFilter::Pending:
        if (status != 0)
            return false;
        break;
    case StatusFilter::Accepted:
        if (status != 1)
            return false;
        break;
    case StatusFilter::Rejected:
        if (status != 2)
            return false;
        break;
    case StatusFilter::Edited:
        if (!i.data(ExampleTableModel::EditedRole).toBool())
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    return i.data(ExampleTableModel::SearchTextRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

} // namespace idiolect
