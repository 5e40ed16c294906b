// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleFilterProxy.h"

#include "ExampleOrder.h"
#include "ExampleTableModel.h"
#include "jobs/BackgroundRelease.h"
#include "jobs/RunJob.h"
#include "project/Session.h"

namespace idiolect {

ExampleFilterProxy::ExampleFilterProxy(QObject *parent) : QAbstractProxyModel(parent) { }

ExampleFilterProxy::~ExampleFilterProxy()
{
    m_request.cancel();
}

void ExampleFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_request.cancel();
    m_rows.clear();
    m_positions.clear();
    releaseInBackground(std::exchange(m_outputs, {}));
    m_model = qobject_cast<ExampleTableModel *>(model);
    Q_ASSERT(m_model || !model);
    QAbstractProxyModel::setSourceModel(m_model);
    if (m_model) {
        m_connections = {
            connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                    [this] {
                        beginResetModel();
                        m_request.cancel();
                        m_rows.clear();
                        m_positions.clear();
                        releaseInBackground(std::exchange(m_outputs, {}));
                    }),
            connect(m_model, &QAbstractItemModel::modelReset, this,
                    [this] {
                        endResetModel();
                        recompute();
                    }),
            connect(m_model, &QAbstractItemModel::dataChanged, this,
                    &ExampleFilterProxy::sourceDataChanged),
            connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    endResetModel();
    recompute();
}

void ExampleFilterProxy::setFilter(const ExampleFilter &filter)
{
    m_filter = filter;
    m_filter.text = m_filter.text.trimmed();
    recompute();
}

void ExampleFilterProxy::setType(std::optional<int> type)
{
    ExampleFilter f = m_filter;
    f.type = type;
    setFilter(f);
}

void ExampleFilterProxy::setThreadId(std::optional<qint64> threadId)
{
    ExampleFilter f = m_filter;
    f.threadId = threadId;
    setFilter(f);
}

void ExampleFilterProxy::setMomentum(std::optional<int> momentum)
{
    ExampleFilter f = m_filter;
    f.momentum = momentum;
    setFilter(f);
}

void ExampleFilterProxy::setStatus(StatusFilter status)
{
    ExampleFilter f = m_filter;
    f.status = status;
    setFilter(f);
}

void ExampleFilterProxy::setText(const QString &text)
{
    ExampleFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void ExampleFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    recompute();
}

void ExampleFilterProxy::recompute()
{
    if (!m_model || m_model->rowCount() == 0) {
        m_request.cancel();
        install({});
        return;
    }
    ExampleOrder::Params params;
    params.result = m_model->result();
    params.layer = m_model->layer();
    params.index = m_model->exampleIndex();
    params.states = m_model->states();
    params.decisions = m_model->session()->state().decisions;
    params.outputs = m_outputs;
    params.filter = m_filter;
    params.sortColumn = m_sortColumn;
    params.sortOrder = m_sortOrder;
    auto context = std::make_shared<JobContext>();
    const quint64 ticket = m_request.begin(context);
    auto done = [this, ticket](Expected<ExampleOrder::Result> order) {
        if (!m_request.isCurrent(ticket))
            return; // a newer filter or sort replaced this one
        m_request.finish(ticket);
        if (!order)
            return;
        if (order->outputs != m_outputs)
            releaseInBackground(std::exchange(m_outputs, std::move(order->outputs)));
        install(std::move(order->rows));
    };
    if (m_model->rowCount() <= m_asyncThreshold) {
        done(ExampleOrder::compute(params, *context));
        return;
    }
    runJob<ExampleOrder::Result>(
        nullptr, this, {}, context,
        [params = std::move(params)](JobContext &job) {
            return ExampleOrder::compute(params, job);
        },
        std::move(done));
}

void ExampleFilterProxy::install(std::vector<quint32> rows)
{
    const size_t sourceRows = m_model ? size_t(m_model->rowCount()) : 0;
    // The same rows in another order (a new sort) keep the selection: a layout change.
    bool sameRows = rows.size() == m_rows.size() && m_positions.size() == sourceRows;
    for (size_t i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i] < sourceRows && m_positions[rows[i]] >= 0;
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        m_positions.assign(sourceRows, -1);
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_positions[m_rows[i]] = qint32(i);
        endResetModel();
        Q_EMIT orderChanged();
        return;
    }
    if (rows == m_rows) {
        Q_EMIT orderChanged();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<quint32> sourceOf;
    sourceOf.reserve(before.size());
    for (const QModelIndex &i : before)
        sourceOf.append(m_rows[size_t(i.row())]);
    m_rows = std::move(rows);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_positions[m_rows[i]] = qint32(i);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(m_positions[sourceOf[i]], before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT orderChanged();
}

void ExampleFilterProxy::sourceDataChanged(const QModelIndex &topLeft,
                                           const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (m_rows.empty())
        return;
    const int left = topLeft.column();
    const int right = bottomRight.column();
    if (bottomRight.row() - topLeft.row() > 64) { // a bulk change: the whole table
        Q_EMIT dataChanged(index(0, left), index(rowCount() - 1, right), roles);
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const qint32 position = size_t(row) < m_positions.size() ? m_positions[size_t(row)] : -1;
        if (position >= 0)
            Q_EMIT dataChanged(index(position, left), index(position, right), roles);
    }
}

QList<QString> ExampleFilterProxy::visibleIds() const
{
    QList<QString> ids;
    ids.reserve(qsizetype(m_rows.size()));
    for (quint32 row : m_rows)
        ids.append(m_model->example(int(row))->idString());
    return ids;
}

QModelIndex ExampleFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || size_t(row) >= m_rows.size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ExampleFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int ExampleFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExampleFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool ExampleFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex ExampleFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_model->index(int(m_rows[size_t(proxyIndex.row())]), proxyIndex.column());
}

QModelIndex ExampleFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_positions.size())
        return {};
    const qint32 position = m_positions[size_t(sourceIndex.row())];
    return position < 0 ? QModelIndex() : index(position, sourceIndex.column());
}

QVariant ExampleFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

} // namespace idiolect
