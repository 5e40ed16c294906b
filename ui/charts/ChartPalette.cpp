// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPalette.h"

#include "widgets/Theme.h"

#include <QAbstractAxis>
#include <QBrush>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace idiolect {

namespace {
constexpr int kHueStep = 137; // golden angle: neighbours stay distinct
} // namespace

QColor ChartPalette::series(const QPalette &palette, int index)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    if (index == 0)
        return highlight;
    const bool dark = Theme::isDark(palette);
    const int hue = (std::max(highlight.hslHue(), 0) + index * kHueStep) % 360;
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 150 : 115);
}

QColor ChartPalette::heat(const QPalette &palette, double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    const QColor base = palette.color(QPalette::Base);
    if (t <= 0)
        return Theme::mix(base, palette.color(QPalette::Text), 0.05);
    // Square root: a few busy hours should not wash out the quiet ones.
    return Theme::mix(base, palette.color(QPalette::Highlight), 0.12 + 0.88 * std::sqrt(t));
}

void ChartPalette::apply(QChart *chart, const QPalette &palette, const QFont &font)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    const QColor grid = Theme::mix(palette.color(QPalette::Base), text, 0.14);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font);
    QFont small = font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(muted);
        axis->setLabelsFont(small);
        axis->setTitleBrush(muted);
        axis->setTitleFont(small);
        axis->setLinePen(QPen(grid));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

} // namespace idiolect
