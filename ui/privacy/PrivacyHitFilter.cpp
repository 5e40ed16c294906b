// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyHitFilter.h"

#include "PrivacyHitModel.h"
#include "widgets/RowSearch.h"

namespace idiolect {

PrivacyHitFilter::PrivacyHitFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PrivacyHitModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PrivacyHitFilter::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

void PrivacyHitFilter::setSearch(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    m_search = t;
    refilter();
}

void PrivacyHitFilter::setHideAccepted(bool hide)
{
    if (hide == m_hideAccepted)
        return;
    m_hideAccepted = hide;
    refilter();
}

void PrivacyHitFilter::setThreads(std::optional<QSet<int>> threads)
{
    // The page sets the chats again with every new result: the fresh mapping already
    // applies them, and filtering 100,000s of hits again would stall the window.
    if (threads == m_threads)
        return;
    m_threads = std::move(threads);
    refilter();
}

void PrivacyHitFilter::refilter()
{
    // A filter can hide or show most of 100,000s of hits at once. Row by row
    // (invalidateRowsFilter) the view handles one removal per gap, each costing
    // it a pass over its rows (100 ms at 1M messages); one layout change is cheap.
    invalidate();
}

bool PrivacyHitFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_kind >= 0 && first.data(PrivacyHitModel::KindRole).toInt() != m_kind)
        return false;
    if (m_hideAccepted && first.data(PrivacyHitModel::AcceptedRole).toBool())
        return false;
    if (m_threads && !m_threads->contains(first.data(PrivacyHitModel::ThreadIndexRole).toInt()))
        return false;
    return RowSearch::matches(
        m, sourceRow, sourceParent,
        {PrivacyHitModel::Chat, PrivacyHitModel::Found, PrivacyHitModel::Replacement}, m_search);
}

} // namespace idiolect
