// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatView.h"

#include "ChatBubbleDelegate.h"
#include "ChatMessageModel.h"

#include <QResizeEvent>

namespace idiolect {

ChatView::ChatView(QWidget *parent)
    : QListView(parent),
      m_model(new ChatMessageModel(this)),
      m_delegate(new ChatBubbleDelegate(this))
{
    setModel(m_model);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setWordWrap(true);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Conversation"));
}

void ChatView::setMessages(QList<ChatMessage> messages)
{
    m_model->setMessages(std::move(messages));
    scrollToTarget();
}

void ChatView::scrollToTarget()
{
    const QList<ChatMessage> &messages = m_model->messages();
    for (int row = 0; row < messages.size(); ++row) {
        if (messages[row].role == ChatMessage::Role::Target) {
            scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
            return;
        }
    }
    scrollToTop();
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Bubble heights depend on the width: let the view ask the delegate again.
    if (event->size().width() != event->oldSize().width())
        scheduleDelayedItemsLayout();
}

} // namespace idiolect
