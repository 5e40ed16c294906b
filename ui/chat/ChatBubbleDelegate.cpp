// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatBubbleDelegate.h"

#include "ChatMessageModel.h"
#include "widgets/Theme.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace idiolect {

namespace {

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

/** Lays out @p layout wrapped to @p width; returns the size actually used. */
QSize wrap(QTextLayout &layout, int width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    qreal used = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        used = std::max(used, line.naturalTextWidth());
    }
    layout.endLayout();
    return {int(std::ceil(used)), int(std::ceil(height))};
}

} // namespace

ChatBubbleDelegate::ChatBubbleDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QString ChatBubbleDelegate::footerText(const ChatMessage &message) const
{
    QString footer;
    if (message.role == ChatMessage::Role::Target)
        footer = tr("Training target") + QStringLiteral(" \u00b7 ");
    else if (message.role == ChatMessage::Role::Prompt)
        footer = tr("Prompt") + QStringLiteral(" \u00b7 ");
    if (message.time > 0)
        footer += QLocale().toString(QDateTime::fromMSecsSinceEpoch(message.time),
                                     QLocale::ShortFormat);
    return footer;
}

ChatBubbleDelegate::Layout ChatBubbleDelegate::layout(const QStyleOptionViewItem &option,
                                                      const ChatMessage &message,
                                                      QTextLayout &text) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int margin = fm.height() / 2;
    const int pad = std::max(4, fm.height() * 2 / 5);
    const int available = std::max(option.rect.width() - 2 * margin, fm.averageCharWidth() * 20);
    const int maxBubble = std::max(fm.averageCharWidth() * 16, available * 3 / 4);

    Layout l;
    int y = option.rect.top() + margin / 2;
    if (message.gapBeforeMs >= m_gapThresholdMs) {
        l.separator = QRect(option.rect.left() + margin, y, option.rect.width() - 2 * margin,
                            small.height() + margin / 2);
        y = l.separator.bottom() + margin / 2;
    }
    QFont textFont = option.font;
    textFont.setItalic(message.placeholder);
    text.setFont(textFont);
    text.setText(message.text.isEmpty() ? QStringLiteral(" ") : message.text);
    const QSize textSize = wrap(text, maxBubble - 2 * pad);
    const QString footer = footerText(message);
    int inner = std::max(textSize.width(), small.horizontalAdvance(footer));
    const bool showSender = !message.fromYou && !message.sender.isEmpty();
    QFont senderFont = smallFont(option.font);
    senderFont.setBold(true);
    if (showSender)
        inner = std::max(inner, QFontMetrics(senderFont).horizontalAdvance(message.sender));
    inner = std::min(inner, maxBubble - 2 * pad);
    const int headerHeight = showSender ? small.height() : 0;
    const int bubbleHeight = pad + headerHeight + textSize.height() + small.height() + pad;
    const int bubbleWidth = inner + 2 * pad;
    const int x = message.fromYou ? option.rect.right() - margin - bubbleWidth
                                  : option.rect.left() + margin;
    l.bubble = QRect(x, y, bubbleWidth, bubbleHeight);
    l.header = QPoint(x + pad, y + pad + QFontMetrics(senderFont).ascent());
    l.text = QPoint(x + pad, y + pad + headerHeight);
    l.footer = QRect(x + pad, y + pad + headerHeight + textSize.height(), inner, small.height());
    l.height = l.bubble.bottom() - option.rect.top() + margin / 2 + 1;
    return l;
}

QSize ChatBubbleDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const auto message = index.data(ChatMessageModel::MessageRole).value<ChatMessage>();
    QStyleOptionViewItem opt = option;
    // Bubbles wrap to the view's width, whatever rect the view proposes.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
        opt.rect.setWidth(view->viewport()->width());
    opt.rect.moveTop(0);
    QTextLayout text;
    const Layout l = layout(opt, message, text);
    return {opt.rect.width(), l.height};
}

void ChatBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const auto message = index.data(ChatMessageModel::MessageRole).value<ChatMessage>();
    QTextLayout text;
    const Layout l = layout(option, message, text);
    const QPalette &pal = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QFont small = smallFont(option.font);
    if (!l.separator.isEmpty()) {
        painter->setFont(small);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        const QString label = tr("%1 later").arg(ChatMessageModel::gapText(message.gapBeforeMs));
        const int w = QFontMetrics(small).horizontalAdvance(label) + QFontMetrics(small).height();
        const QRect labelRect(l.separator.center().x() - w / 2, l.separator.top(), w,
                              l.separator.height());
        const int mid = l.separator.center().y();
        painter->drawLine(l.separator.left(), mid, labelRect.left(), mid);
        painter->drawLine(labelRect.right(), mid, l.separator.right(), mid);
        painter->drawText(labelRect, Qt::AlignCenter, label);
    }

    const qreal radius = QFontMetrics(option.font).height() * 0.6;
    QPainterPath path;
    path.addRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, message.fromYou ? Theme::ownBubble(pal) : Theme::otherBubble(pal));
    if (message.role == ChatMessage::Role::Target) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->drawPath(path);
    } else if (message.role == ChatMessage::Role::Prompt) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        painter->drawPath(path);
    }

    if (!message.fromYou && !message.sender.isEmpty()) {
        QFont senderFont = small;
        senderFont.setBold(true);
        painter->setFont(senderFont);
        painter->setPen(Theme::categoryColor(pal, int(qHash(message.sender) % 8)));
        painter->drawText(
            l.header,
            QFontMetrics(senderFont).elidedText(message.sender, Qt::ElideRight, l.footer.width()));
    }
    painter->setPen(pal.color(QPalette::Text));
    text.draw(painter, l.text);
    painter->setFont(small);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(l.footer, Qt::AlignRight | Qt::AlignVCenter, footerText(message));
    painter->restore();
}

} // namespace idiolect
