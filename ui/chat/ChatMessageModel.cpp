// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatMessageModel.h"

#include <QDateTime>
#include <QLocale>

namespace idiolect {

ChatMessageModel::ChatMessageModel(QObject *parent) : QAbstractListModel(parent) { }

void ChatMessageModel::setMessages(QList<ChatMessage> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

int ChatMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QString ChatMessageModel::gapText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 1)
        return tr("%n s", nullptr, int(ms / 1000));
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const int rest = int(minutes % 60);
        return rest == 0 ? tr("%n h", nullptr, int(hours)) : tr("%1 h %2 min").arg(hours).arg(rest);
    }
    return tr("%n days", nullptr, int(hours / 24));
}

QVariant ChatMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatMessage &m = m_messages[index.row()];
    switch (role) {
    case Qt::DisplayRole: return m.text;
    case Qt::ToolTipRole:
        if (m.time <= 0)
            return {};
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.time), QLocale::LongFormat);
    case Qt::AccessibleTextRole:
        return QString((m.fromYou ? tr("You") : m.sender) + QStringLiteral(": ") + m.text);
    case MessageRole: return QVariant::fromValue(m);
    case FromYouRole: return m.fromYou;
    case GapRole: return m.gapBeforeMs;
    default: return {};
    }
}

} // namespace idiolect
