// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadTableModel.h"

#include "ThreadRangeCounter.h"
#include "project/Session.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace idiolect {

namespace {

ThreadTableModel::ThreadKind kindOf(const Thread &t)
{
    if (t.isNoteToSelf)
        return ThreadTableModel::ThreadKind::NoteToSelf;
    return t.isGroup ? ThreadTableModel::ThreadKind::Group : ThreadTableModel::ThreadKind::OneToOne;
}

QString dateText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

} // namespace

ThreadTableModel::ThreadTableModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &Session::exportChanged, this, &ThreadTableModel::reset);
    connect(m_session, &Session::selectionChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, Included), index(rowCount() - 1, Included),
                               {Qt::CheckStateRole, SortRole});
    });
    connect(m_session, &Session::dateRangeChanged, this, [this] {
        recountSpan();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, YoursInSpan), index(rowCount() - 1, YoursInSpan),
                               {Qt::DisplayRole, SortRole});
    });
    reset();
}

void ThreadTableModel::reset()
{
    beginResetModel();
    recountSpan();
    endResetModel();
}

void ThreadTableModel::recountSpan()
{
    m_inSpan.clear();
    if (!m_session->hasExport())
        return;
    const ChatExport &ex = *m_session->chatExport();
    const DateRange &range = m_session->state().range;
    const QDate last = m_session->lastDay();
    if (range.preset == DateRange::Preset::All) {
        m_inSpan.reserve(ex.threads.size());
        for (const Thread &t : ex.threads)
            m_inSpan.push_back(t.outgoingTextMessages);
        return;
    }
    m_inSpan = ThreadRangeCounter::outgoingText(ex, range.fromMs(last), range.toMs(last));
}

qint64 ThreadTableModel::yoursInSpan(int row) const
{
    return row >= 0 && size_t(row) < m_inSpan.size() ? m_inSpan[size_t(row)] : 0;
}

int ThreadTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_session->hasExport())
        return 0;
    return int(m_session->chatExport()->threads.size());
}

int ThreadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreadTableModel::display(int row, int column) const
{
    const ChatExport &ex = *m_session->chatExport();
    const Thread &t = ex.threads[size_t(row)];
    const QLocale locale;
    switch (column) {
    case Name: return t.title.isEmpty() ? ex.displayName(t.recipientId) : t.title;
    case Kind:
        switch (kindOf(t)) {
        case ThreadKind::OneToOne: return tr("1:1");
        case ThreadKind::Group: return tr("Group");
        case ThreadKind::NoteToSelf: return tr("Note to self");
        }
        return {};
    case Messages: return locale.toString(t.textMessages);
    case Yours: return locale.toString(t.outgoingTextMessages);
    case YoursInSpan: return locale.toString(yoursInSpan(row));
    case First: return dateText(t.firstDateSent);
    case Last: return dateText(t.lastDateSent);
    case Blocked: return t.blocked ? tr("Blocked") : QString();
    default: return {};
    }
}

QVariant ThreadTableModel::sortValue(int row, int column) const
{
    const Thread &t = m_session->chatExport()->threads[size_t(row)];
    switch (column) {
    case Included: return m_session->isThreadIncluded(row) ? 1 : 0;
    case Name: return display(row, Name).toString().toCaseFolded();
    case Kind: return int(kindOf(t));
    case Messages: return t.textMessages;
    case Yours: return t.outgoingTextMessages;
    case YoursInSpan: return yoursInSpan(row);
    case First: return t.firstDateSent;
    case Last: return t.lastDateSent;
    case Blocked: return t.blocked ? 1 : 0;
    default: return {};
    }
}

QVariant ThreadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Thread &t = m_session->chatExport()->threads[size_t(row)];
    switch (role) {
    case Qt::DisplayRole: return column == Included ? QVariant() : display(row, column);
    case Qt::CheckStateRole:
        if (column == Included)
            return m_session->isThreadIncluded(row) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Messages || column == Yours || column == YoursInSpan)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (t.blocked || t.outgoingTextMessages == 0)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (column == Included)
            return tr("Use this chat for training data");
        if (t.outgoingTextMessages == 0)
            return tr("You wrote nothing in this chat, so it adds no examples.");
        if (t.blocked)
            return tr("You blocked this contact.");
        return {};
    case Qt::AccessibleTextRole:
        if (column == Included)
            return display(row, Name);
        return {};
    case SortRole: return sortValue(row, column);
    case ThreadIndexRole: return row;
    case ThreadKindRole: return int(kindOf(t));
    default: return {};
    }
}

QVariant ThreadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Included: return tr("Use");
        case Name: return tr("Chat");
        case Kind: return tr("Type");
        case Messages: return tr("Messages");
        case Yours: return tr("Yours");
        case YoursInSpan: return tr("In span");
        case First: return tr("First");
        case Last: return tr("Last");
        case Blocked: return tr("Blocked");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Included: return tr("Whether the chat is used to make training data");
        case Messages: return tr("Text messages in the chat (both sides)");
        case Yours: return tr("Text messages you wrote");
        case YoursInSpan: return tr("Text messages you wrote within the chosen time span");
        case First: return tr("Date of the first text message");
        case Last: return tr("Date of the last text message");
        default: return {};
        }
    }
    return {};
}

Qt::ItemFlags ThreadTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Included)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ThreadTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Included || role != Qt::CheckStateRole)
        return false;
    const bool include = value.toInt() == Qt::Checked;
    m_session->setThreadsIncluded({index.row()}, include); // selectionChanged → dataChanged
    return true;
}

} // namespace idiolect
