// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace idiolect {

/** Search, "show" filter and numeric sorting for the overview's chat table. */
class ThreadFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadFilterProxy)

public:
    enum class Show { All, Included, Excluded, OneToOne, Groups };
    Q_ENUM(Show)

    explicit ThreadFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setShow(Show show);
    [[nodiscard]] Show show() const { return m_show; }

    /** Source rows (thread indexes) of everything the filter currently shows. */
    [[nodiscard]] QList<int> visibleThreadIndexes() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    Show m_show = Show::All;
};

} // namespace idiolect
