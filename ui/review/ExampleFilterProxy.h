// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExampleFilter.h"
#include "jobs/LatestRequest.h"

#include <QAbstractProxyModel>

#include <memory>
#include <optional>
#include <vector>

namespace idiolect {

class ExampleTableModel;

/**
 * The review table's filters (type, chat, pace, status, text) and sort order over
 * an ExampleTableModel.
 *
 * Unlike QSortFilterProxyModel it never asks the model for a QVariant per row:
 * ExampleOrder computes the rows in view order from the model's precomputed keys
 * and states. Up to asyncThreshold() examples that happens at once; above it, on
 * a worker thread (a newer filter or sort cancels the one in flight) and the
 * order is installed when it arrives, so a click on a column header never
 * freezes the window, whatever the size. Until then the previous order stays
 * (or, after a new result, nothing is shown); orderChanged() says when it is in.
 * Filters apply when they are set: a decision does not make its row jump away.
 */
class ExampleFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleFilterProxy)

public:
    using StatusFilter = ExampleFilter::Status;
    static constexpr int kDefaultAsyncThreshold = 20000;

    explicit ExampleFilterProxy(QObject *parent = nullptr);
    ~ExampleFilterProxy() override;

    /** Must be an ExampleTableModel. */
    void setSourceModel(QAbstractItemModel *model) override;

    /** All criteria at once (one recomputation). */
    void setFilter(const ExampleFilter &filter);
    [[nodiscard]] const ExampleFilter &filter() const { return m_filter; }
    void setType(std::optional<int> type);
    void setThreadId(std::optional<qint64> threadId);
    void setMomentum(std::optional<int> momentum);
    void setStatus(StatusFilter status);
    void setText(const QString &text);

    /** Results with more examples than this are ordered on a worker thread. */
    void setAsyncThreshold(int rows) { m_asyncThreshold = rows; }
    [[nodiscard]] int asyncThreshold() const { return m_asyncThreshold; }
    /** An order is being computed on a worker; the rows shown are the previous ones. */
    [[nodiscard]] bool isUpdating() const { return m_request.isRunning(); }

    /** Ids of every example the filter shows, in view order (for "apply to all"). */
    [[nodiscard]] QList<QString> visibleIds() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /** A new order was installed (rows, their order or both changed). */
    void orderChanged();

private:
    void recompute();
    void install(std::vector<quint32> rows);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    ExampleTableModel *m_model = nullptr;
    ExampleFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_asyncThreshold = kDefaultAsyncThreshold;
    std::vector<quint32> m_rows; ///< Source rows in view order.
    std::vector<qint32> m_positions; ///< Source row → view row, -1 when filtered out.
    std::shared_ptr<const std::vector<QString>> m_outputs; ///< Rendered outputs, once needed.
    LatestRequest m_request;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace idiolect
