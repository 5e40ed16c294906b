// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleTableModel.h"

#include "ExampleIndex.h"
#include "ExampleOrder.h"
#include "export/ExampleRenderer.h"
#include "generation/ExampleId.h"
#include "generation/ExampleLabels.h"
#include "jobs/BackgroundRelease.h"
#include "jobs/RunJob.h"
#include "project/Session.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace idiolect {

ExampleTableModel::ExampleTableModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &Session::decisionsChanged, this, &ExampleTableModel::decisionsChanged);
}

ExampleTableModel::~ExampleTableModel() = default;

void ExampleTableModel::setResult(std::shared_ptr<const GenerationResult> result,
                                  TextLayerPtr layer, std::shared_ptr<const ExampleIndex> index)
{
    m_resultRequest.cancel();
    PendingResult next{std::move(result), std::move(layer), std::move(index), {}};
    if (next.result && next.layer
        && m_session->state().decisions.size() > m_session->asyncThreshold()) {
        m_pendingResult = std::move(next); // e.g. 346,000 decisions: 130 ms here
        preparePendingResult();
        return;
    }
    m_pendingResult.reset();
    if (next.result && next.layer) {
        if (!next.index)
            next.index = ExampleIndex::build(*next.result, *next.layer);
        next.states = computeStates(*next.index, next.result->examples.size(),
                                    m_session->state().decisions);
    }
    install(std::move(next));
}

void ExampleTableModel::preparePendingResult()
{
    auto context = std::make_shared<JobContext>();
    const quint64 ticket = m_resultRequest.begin(context);
    runJob<PendingResult>(
        nullptr, this, {}, context,
        [next = *m_pendingResult, decisions = m_session->state().decisions](JobContext &) {
            PendingResult ready = next;
            if (!ready.index)
                ready.index = ExampleIndex::build(*ready.result, *ready.layer);
            ready.states = computeStates(*ready.index, ready.result->examples.size(), decisions);
            return Expected<PendingResult>(std::move(ready));
        },
        [this, ticket](Expected<PendingResult> ready) {
            if (!m_resultRequest.isCurrent(ticket))
                return; // a newer result or newer decisions restarted it
            m_resultRequest.finish(ticket);
            m_pendingResult.reset();
            if (ready)
                install(std::move(*ready));
        });
}

void ExampleTableModel::install(PendingResult next)
{
    beginResetModel();
    // The old examples may be the last reference: free them off the UI thread.
    releaseInBackground(std::exchange(m_result, std::move(next.result)));
    releaseInBackground(std::exchange(m_index, std::move(next.index)));
    m_layer = std::move(next.layer);
    m_statesRequest.cancel();
    m_outputs.clear();
    m_renderer.reset();
    if (m_result && m_layer) {
        m_renderer = std::make_unique<ExampleRenderer>(m_layer, RenderOptions());
        m_outputs.resize(m_result->examples.size());
    }
    m_rowStates = std::move(next.states);
    endResetModel();
    Q_EMIT statesChanged();
}

ExampleTableModel::States
ExampleTableModel::computeStates(const ExampleIndex &index, size_t rows,
                                 const QHash<QString, ReviewDecision> &decisions)
{
    States s;
    s.states.assign(rows, 0);
    s.counts[int(ReviewStatus::Pending)] = qint64(rows);
    // Decisions are few next to the examples, or at most as many: look each one up.
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        const quint64 id = ExampleId::fromString(it.key());
        if (id == 0)
            continue;
        const quint8 state = ExampleOrder::stateOf(it.value());
        for (const auto &[_, row] : index.rowsOf(id))
            s.set(row, state);
    }
    return s;
}

void ExampleTableModel::installStates(States states)
{
    if (states.states.size() != m_rowStates.states.size())
        return;
    m_rowStates = std::move(states);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT statesChanged();
}

void ExampleTableModel::States::set(size_t row, quint8 state)
{
    const quint8 old = std::exchange(states[row], state);
    --counts[old & ExampleOrder::kStatusMask];
    edited -= (old & ExampleOrder::kEdited) ? 1 : 0;
    ++counts[state & ExampleOrder::kStatusMask];
    edited += (state & ExampleOrder::kEdited) ? 1 : 0;
}

int ExampleTableModel::rowOfId(const QString &id) const
{
    return m_index ? m_index->rowOf(id) : -1;
}

ReviewStatus ExampleTableModel::status(int row) const
{
    return row >= 0 && size_t(row) < m_rowStates.states.size()
        ? ReviewStatus(m_rowStates.states[size_t(row)] & ExampleOrder::kStatusMask)
        : ReviewStatus::Pending;
}

const Example *ExampleTableModel::example(int row) const
{
    if (!m_result || row < 0 || size_t(row) >= m_result->examples.size())
        return nullptr;
    return &m_result->examples[size_t(row)];
}

QString ExampleTableModel::originalOutput(int row) const
{
    const Example *ex = example(row);
    if (!ex || !m_renderer)
        return {};
    std::optional<QString> &cached = m_outputs[size_t(row)];
    if (!cached)
        cached = m_renderer->output(*ex);
    return *cached;
}

QString ExampleTableModel::output(int row) const
{
    const Example *ex = example(row);
    if (!ex)
        return {};
    if (m_rowStates.states[size_t(row)] & ExampleOrder::kEdited)
        return m_session->decision(ex->idString()).editedOutput;
    return originalOutput(row);
}

int ExampleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_renderer ? 0 : int(m_rowStates.states.size());
}

int ExampleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExampleTableModel::statusLabel(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending: return tr("Pending");
    case ReviewStatus::Accepted: return tr("Accepted");
    case ReviewStatus::Rejected: return tr("Rejected");
    }
    return {};
}

QVariant ExampleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Example &ex = m_result->examples[size_t(row)];
    const quint8 state = m_rowStates.states[size_t(row)];
    const auto status = ReviewStatus(state & ExampleOrder::kStatusMask);
    const bool edited = (state & ExampleOrder::kEdited) != 0;
    const qint64 time = m_index->date(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Status:
            return edited ? tr("%1, edited").arg(statusLabel(status)) : statusLabel(status);
        case Type: return ExampleLabels::type(ex.type);
        case Partner: return ex.partner;
        case Momentum:
            return ex.meta.momentum ? ExampleLabels::momentum(*ex.meta.momentum) : QString();
        case Output: return output(row).simplified().left(200);
        case Date:
            return time > 0
                ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(time), QLocale::ShortFormat)
                : QString();
        default: return {};
        }
    case Qt::ForegroundRole:
        if (status == ReviewStatus::Rejected)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.column() == Status && status != ReviewStatus::Pending) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Output)
            return output(row);
        return {};
    case ExampleIdRole: return ex.idString();
    case StatusRole: return int(status);
    case EditedRole: return edited;
    case TypeRole: return int(ex.type);
    case ThreadIdRole: return ex.threadId;
    case MomentumRole: return ex.meta.momentum ? int(*ex.meta.momentum) : -1;
    default: return {};
    }
}

QVariant ExampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status: return tr("Status");
    case Type: return tr("Type");
    case Partner: return tr("Chat");
    case Momentum: return tr("Pace");
    case Output: return tr("Your message");
    case Date: return tr("Date");
    default: return {};
    }
}

void ExampleTableModel::decisionsChanged(const QList<QString> &ids)
{
    if (m_pendingResult)
        preparePendingResult(); // its states must come from these decisions
    if (m_rowStates.states.empty())
        return;
    if (ids.size() > m_session->asyncThreshold() || m_statesRequest.isRunning()) {
        // Every state from the decisions as they are now, on a worker; a newer change
        // restarts it (from newer decisions), so nothing is applied twice or missed.
        auto context = std::make_shared<JobContext>();
        const quint64 ticket = m_statesRequest.begin(context);
        runJob<States>(
            nullptr, this, {}, context,
            [index = m_index, rows = m_rowStates.states.size(),
             decisions = m_session->state().decisions](JobContext &) {
                return Expected<States>(computeStates(*index, rows, decisions));
            },
            [this, ticket](Expected<States> states) {
                if (!m_statesRequest.isCurrent(ticket))
                    return;
                m_statesRequest.finish(ticket);
                if (states)
                    installStates(std::move(*states));
            });
        return;
    }
    const bool bulk = ids.size() > 64; // one signal for the whole table
    for (const QString &id : ids) {
        const quint64 value = ExampleId::fromString(id);
        if (value == 0)
            continue;
        const quint8 state = ExampleOrder::stateOf(m_session->decision(id));
        for (const auto &[_, row] : m_index->rowsOf(value)) {
            m_rowStates.set(row, state);
            if (!bulk)
                Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
    if (bulk)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT statesChanged();
}

} // namespace idiolect
