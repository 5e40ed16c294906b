// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeatmapView.h"

#include "ChartPalette.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace idiolect {

namespace {
constexpr int kHourLabelStep = 3;
} // namespace

HeatmapView::HeatmapView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void HeatmapView::setData(const QString &title, const Grid &grid)
{
    m_title = title;
    m_grid = grid;
    m_max = 0;
    for (const auto &row : grid)
        m_max = std::max(m_max, *std::max_element(row.begin(), row.end()));
    setAccessibleName(title);
    update();
}

int HeatmapView::labelWidth() const
{
    const QLocale locale;
    int width = 0;
    for (int d = 1; d <= 7; ++d)
        width = std::max(width,
                         fontMetrics().horizontalAdvance(locale.dayName(d, QLocale::ShortFormat)));
    return width + fontMetrics().averageCharWidth();
}

QRect HeatmapView::gridRect() const
{
    const int line = fontMetrics().height();
    const int top = line * 2; // title row plus spacing
    const int left = labelWidth();
    const int bottom = line + line / 2; // hour labels
    return {left, top, std::max(0, width() - left - 1), std::max(0, height() - top - bottom)};
}

QSize HeatmapView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {labelWidth() + fontMetrics().averageCharWidth() * 24 * 3,
            line * 2 + 7 * line * 3 / 2 + line * 3 / 2};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {labelWidth() + fontMetrics().averageCharWidth() * 24, sizeHint().height()};
}

QPoint HeatmapView::cellAt(const QPoint &pos) const
{
    const QRect r = gridRect();
    if (!r.contains(pos) || r.width() <= 0 || r.height() <= 0)
        return {-1, -1};
    const int hour = std::min(23, (pos.x() - r.left()) * 24 / r.width());
    const int day = std::min(6, (pos.y() - r.top()) * 7 / r.height());
    return {day, hour};
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const int line = fontMetrics().height();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(0, 0, width(), line), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());

    const QRect r = gridRect();
    if (r.width() <= 0 || r.height() <= 0)
        return;
    const QLocale locale;
    const qreal cw = qreal(r.width()) / 24;
    const qreal ch = qreal(r.height()) / 7;
    const qreal gap = std::max<qreal>(1.0, cw / 12);
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int d = 0; d < 7; ++d) {
        const QRectF label(0, r.top() + d * ch, r.left() - fontMetrics().averageCharWidth() / 2,
                           ch);
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                   locale.dayName(d + 1, QLocale::ShortFormat));
    }
    for (int h = 0; h < 24; h += kHourLabelStep) {
        const QRectF label(r.left() + h * cw, r.bottom() + 2, cw * kHourLabelStep, line);
        p.drawText(label, Qt::AlignLeft | Qt::AlignTop, QString::number(h));
    }
    p.setPen(Qt::NoPen);
    p.setRenderHint(QPainter::Antialiasing);
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            const qint64 v = m_grid[size_t(d)][size_t(h)];
            const double share = m_max > 0 ? double(v) / double(m_max) : 0.0;
            p.setBrush(ChartPalette::heat(pal, v > 0 ? std::max(share, 0.02) : 0.0));
            const QRectF cell(r.left() + h * cw + gap / 2, r.top() + d * ch + gap / 2, cw - gap,
                              ch - gap);
            p.drawRoundedRect(cell, gap, gap);
        }
    }
}

bool HeatmapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const qint64 v = m_grid[size_t(cell.x())][size_t(cell.y())];
        QToolTip::showText(help->globalPos(),
                           tr("%1, %2:00–%3:00: %Ln message(s)", nullptr, int(v))
                               .arg(QLocale().dayName(cell.x() + 1), QString::number(cell.y()),
                                    QString::number(cell.y() + 1)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace idiolect
