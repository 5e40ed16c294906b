// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace idiolect {

/**
 * Filters the hits list: one kind or all, text search over chat, found text
 * and replacement, accepted hits hidden or shown, and only the chats the
 * user selected (the ones that reach the dataset) or all.
 */
class PrivacyHitFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyHitFilter)

public:
    explicit PrivacyHitFilter(QObject *parent = nullptr);

    /** -1 shows every kind. */
    void setKind(int kind);
    void setSearch(const QString &text);
    void setHideAccepted(bool hide);
    /** Thread indexes to show; std::nullopt shows all. */
    void setThreads(std::optional<QSet<int>> threads);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    int m_kind = -1;
    QString m_search;
    bool m_hideAccepted = false;
    std::optional<QSet<int>> m_threads;
};

} // namespace idiolect
