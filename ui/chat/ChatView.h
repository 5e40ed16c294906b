// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatMessage.h"

#include <QListView>

namespace idiolect {

class ChatBubbleDelegate;
class ChatMessageModel;

/** A read-only conversation excerpt drawn as chat bubbles (preview and review). */
class ChatView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    explicit ChatView(QWidget *parent = nullptr);

    void setMessages(QList<ChatMessage> messages);
    [[nodiscard]] ChatMessageModel *messageModel() const { return m_model; }
    [[nodiscard]] ChatBubbleDelegate *bubbleDelegate() const { return m_delegate; }
    /** Scrolls so the first target message is visible. */
    void scrollToTarget();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    ChatMessageModel *m_model;
    ChatBubbleDelegate *m_delegate;
};

} // namespace idiolect
