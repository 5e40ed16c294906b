// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwoLineDelegate.h"

#include <QApplication>
#include <QPainter>

namespace idiolect {

TwoLineDelegate::TwoLineDelegate(int subtitleRole, int enabledRole, QObject *parent)
    : QStyledItemDelegate(parent), m_subtitleRole(subtitleRole), m_enabledRole(enabledRole)
{ }

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool enabled = index.data(m_enabledRole).isNull() || index.data(m_enabledRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = enabled ? QPalette::Active : QPalette::Disabled;
    const QColor titleColor
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor subColor = selected ? titleColor : opt.palette.color(group, QPalette::PlaceholderText);

    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(4, 2, -4, -2);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics subMetrics(opt.font);
    painter->save();
    painter->setFont(titleFont);
    painter->setPen(titleColor);
    QRect line(textRect.left(), textRect.top(), textRect.width(), titleMetrics.height());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, line.width()));
    painter->setFont(opt.font);
    painter->setPen(subColor);
    line = QRect(textRect.left(), line.bottom() + 1, textRect.width(), subMetrics.height());
    painter->drawText(
        line, Qt::AlignLeft | Qt::AlignVCenter,
        subMetrics.elidedText(index.data(m_subtitleRole).toString(), m_elide, line.width()));
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 8;
    size.setHeight(std::max(size.height(), height));
    // Rows elide to the view's width; a long title must not widen the list (no horizontal scroll).
    size.setWidth(std::min(size.width(), QFontMetrics(option.font).averageCharWidth() * 24));
    return size;
}

} // namespace idiolect
