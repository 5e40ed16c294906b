// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentFilterProxy.h"

#include "EnrichmentItemsModel.h"
#include "widgets/RowSearch.h"

namespace idiolect {

void EnrichmentFilterProxy::setShow(Show show)
{
    if (m_show == show)
        return;
    m_show = show;
    invalidateFilter();
}

void EnrichmentFilterProxy::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool EnrichmentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &parent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, parent);
    const bool edited = first.data(EnrichmentItemsModel::EditedRole).toBool();
    const bool hasText = first.data(EnrichmentItemsModel::HasTextRole).toBool();
    switch (m_show) {
    case Show::All: break;
    case Show::Added:
        if (!hasText || first.data(EnrichmentItemsModel::RemovedRole).toBool())
            return false;
        break;
    case Show::Problems:
        if (hasText)
            return false;
        break;
    case Show::Edited:
        if (!edited)
            return false;
        break;
    }
    return RowSearch::matches(model, sourceRow, parent,
                              {EnrichmentItemsModel::Chat, EnrichmentItemsModel::Link,
                               EnrichmentItemsModel::Text, EnrichmentItemsModel::Status},
                              m_search);
}

} // namespace idiolect
