// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace idiolect {

class Session;

/**
 * The export's chats for the overview table, with the include checkbox.
 * A thin adapter over ChatExport::threads and the Session's selection;
 * one row per thread, in export order (sorting is the proxy's job).
 */
class ThreadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadTableModel)

public:
    enum Column {
        Included,
        Name,
        Kind,
        Messages,
        Yours,
        YoursInSpan,
        First,
        Last,
        Blocked,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< Raw value (number, ms, folded name) so sorting is numeric.
        ThreadIndexRole, ///< Index into ChatExport::threads, for actions on the real thread.
        ThreadKindRole, ///< ThreadKind, for the proxy's "1:1 / groups" filter.
    };

    enum class ThreadKind { OneToOne, Group, NoteToSelf };

    explicit ThreadTableModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    [[nodiscard]] qint64 yoursInSpan(int row) const;

private:
    void reset();
    void recountSpan();
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    Session *m_session;
    std::vector<qint64> m_inSpan;
};

} // namespace idiolect
