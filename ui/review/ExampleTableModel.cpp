// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleTableModel.h"

#include "export/ExampleRenderer.h"
#include "generation/ExampleLabels.h"
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
                                  TextLayerPtr layer)
{
    beginResetModel();
    m_result = std::move(result);
    m_layer = std::move(layer);
    m_rows.clear();
    m_ids.clear();
    m_outputs.clear();
    m_renderer.reset();
    if (m_result && m_layer) {
        m_renderer = std::make_unique<ExampleRenderer>(m_layer, RenderOptions());
        m_ids.reserve(qsizetype(m_result->examples.size()));
        for (size_t i = 0; i < m_result->examples.size(); ++i) {
            const QString id = m_result->examples[i].idString();
            m_ids.append(id);
            m_rows.insert(id, int(i));
        }
        m_outputs.resize(m_result->examples.size());
    }
    endResetModel();
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
    if (row < 0 || row >= m_ids.size())
        return {};
    const ReviewDecision d = m_session->decision(m_ids[row]);
    return d.isEdited() ? d.editedOutput : originalOutput(row);
}

int ExampleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_renderer ? 0 : int(m_ids.size());
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
    const ReviewDecision decision = m_session->decision(m_ids[row]);
    const qint64 time = ex.targets.empty()
        ? 0
        : m_layer->chatExport().messages.dateSent(ex.targets.front().index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Status:
            return decision.isEdited() ? tr("%1, edited").arg(statusLabel(decision.status))
                                       : statusLabel(decision.status);
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
        if (decision.status == ReviewStatus::Rejected)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.column() == Status && decision.status != ReviewStatus::Pending) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Output)
            return output(row);
        return {};
    case SortRole:
        switch (index.column()) {
        case Status: return int(decision.status);
        case Type: return int(ex.type);
        case Partner: return ex.partner.toCaseFolded();
        case Momentum: return ex.meta.momentum ? int(*ex.meta.momentum) : -1;
        case Output: return output(row).toCaseFolded();
        case Date: return time;
        default: return {};
        }
    case ExampleIdRole: return m_ids[row];
    case StatusRole: return int(decision.status);
    case EditedRole: return decision.isEdited();
    case TypeRole: return int(ex.type);
    case ThreadIdRole: return ex.threadId;
    case MomentumRole: return ex.meta.momentum ? int(*ex.meta.momentum) : -1;
    case SearchTextRole: return QString(output(row) + u'\n' + ex.partner + u'\n' + ex.instruction);
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
    if (m_ids.isEmpty())
        return;
    if (ids.size() > 64) { // bulk changes: one signal for the whole table
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    for (const QString &id : ids) {
        const int row = m_rows.value(id, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace idiolect
