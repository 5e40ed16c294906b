// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatMessage.h"

#include <QStyledItemDelegate>

class QTextLayout;

namespace idiolect {

/**
 * Paints a ChatMessage as a bubble: yours on the right, theirs on the left with
 * the sender's name, the time below, the training target outlined, and a
 * "… later" line above messages that follow a long pause. All colours come
 * from the palette (Theme), all sizes from the font, so dark mode and 200 %
 * scale work.
 */
class ChatBubbleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatBubbleDelegate)

public:
    explicit ChatBubbleDelegate(QObject *parent = nullptr);

    /** Pauses at least this long get a separator line (default 30 minutes). */
    void setGapThresholdMs(qint64 ms) { m_gapThresholdMs = ms; }
    [[nodiscard]] qint64 gapThresholdMs() const { return m_gapThresholdMs; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect separator; ///< Empty when there is no long pause before.
        QRect bubble;
        QPoint header; ///< Baseline origin of the sender line (others only).
        QPoint text; ///< Top-left of the text layout.
        QRect footer;
        int height = 0;
    };

    Layout layout(const QStyleOptionViewItem &option, const ChatMessage &message,
                  QTextLayout &text) const;
    [[nodiscard]] QString footerText(const ChatMessage &message) const;

    qint64 m_gapThresholdMs = 30 * 60 * 1000;
};

} // namespace idiolect
