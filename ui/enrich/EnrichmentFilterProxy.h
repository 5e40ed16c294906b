// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace idiolect {

/** Filters EnrichmentItemsModel rows by what happened to them and by text. */
class EnrichmentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrichmentFilterProxy)

public:
    enum class Show { All, Added, Problems, Edited };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShow(Show show);
    [[nodiscard]] Show show() const { return m_show; }
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_search;
};

} // namespace idiolect
