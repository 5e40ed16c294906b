// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatMessage.h"

#include <QAbstractListModel>
#include <QList>

namespace idiolect {

/** The messages of one conversation excerpt, for ChatView. */
class ChatMessageModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatMessageModel)

public:
    enum Role {
        MessageRole = Qt::UserRole + 1, ///< The whole ChatMessage, for the bubble delegate.
        FromYouRole, ///< Side of the bubble (tests, accessibility).
        GapRole, ///< Milliseconds since the previous message: the delegate marks long gaps.
    };

    explicit ChatMessageModel(QObject *parent = nullptr);

    void setMessages(QList<ChatMessage> messages);
    [[nodiscard]] const QList<ChatMessage> &messages() const { return m_messages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    /** "3 h 20 min" for a gap, for the separator line and tooltips. */
    [[nodiscard]] static QString gapText(qint64 ms);

private:
    QList<ChatMessage> m_messages;
};

} // namespace idiolect

Q_DECLARE_METATYPE(idiolect::ChatMessage)
