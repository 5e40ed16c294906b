// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerCardDelegate.h"

#include "PartnerProfileModel.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace idiolect {

namespace {
constexpr int kCardChars = 50;
constexpr int kCardLines = 7;
} // namespace

QSize PartnerCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {fm.averageCharWidth() * kCardChars, fm.height() * kCardLines + fm.height()};
}

void PartnerCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    const int pad = line / 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF card = QRectF(option.rect).adjusted(pad / 2.0, pad / 2.0, -pad / 2.0, -pad / 2.0);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->setPen(
        QPen(selected ? pal.color(QPalette::Highlight)
                      : Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.18),
             selected ? 2.0 : 1.0));
    painter->setBrush(Theme::otherBubble(pal));
    painter->drawRoundedRect(card, pad, pad);

    const QRect inner = card.toRect().adjusted(pad, pad, -pad, -pad);
    int y = inner.top();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QString kind = index.data(PartnerProfileModel::KindRole).toString();
    const int kindWidth = fm.horizontalAdvance(kind) + pad;
    painter->drawText(QRect(inner.left(), y, inner.width() - kindWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(),
                                                    Qt::ElideRight, inner.width() - kindWidth));
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QRect(inner.right() - kindWidth, y, kindWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, kind);
    y += line + pad / 2;

    // The classification badge.
    const QString style = index.data(PartnerProfileModel::StyleRole).toString();
    const QColor tint
        = Theme::categoryColor(pal, index.data(PartnerProfileModel::StyleIndexRole).toInt());
    const QRectF badge(inner.left(), y, fm.horizontalAdvance(style) + 2 * pad, line + pad / 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(
        Theme::mix(pal.color(QPalette::Base), tint, Theme::isDark(pal) ? 0.45 : 0.25));
    painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(badge, Qt::AlignCenter, style);
    y += int(badge.height()) + pad / 2;

    const auto textLine = [&](const QString &text, QPalette::ColorRole role) {
        painter->setPen(pal.color(role));
        painter->drawText(QRect(inner.left(), y, inner.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(text, Qt::ElideRight, inner.width()));
        y += line;
    };
    const QString traits = index.data(PartnerProfileModel::TraitsRole).toString();
    textLine(traits.isEmpty() ? tr("No strong traits") : traits, QPalette::PlaceholderText);
    textLine(index.data(PartnerProfileModel::TheirStatsRole).toString(), QPalette::Text);
    textLine(index.data(PartnerProfileModel::YourStatsRole).toString(), QPalette::Text);

    // How far you move towards their message length.
    const double adaptation = index.data(PartnerProfileModel::AdaptationRole).toDouble();
    const QString label = tr("You adapt: %1 %").arg(qRound(adaptation * 100));
    const int labelWidth = fm.horizontalAdvance(label) + pad;
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QRect(inner.left(), y, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      label);
    const QRectF track(inner.left() + labelWidth, y + line * 0.35, inner.width() - labelWidth,
                       line * 0.3);
    if (track.width() > 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12));
        painter->drawRoundedRect(track, track.height() / 2, track.height() / 2);
        QRectF fill = track;
        fill.setWidth(track.width() * std::clamp(adaptation, 0.0, 1.0));
        painter->setBrush(pal.color(QPalette::Highlight));
        if (fill.width() > 0)
            painter->drawRoundedRect(fill, track.height() / 2, track.height() / 2);
    }
    painter->restore();
}

} // namespace idiolect
