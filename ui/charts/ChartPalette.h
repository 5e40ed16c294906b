// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QChart;
class QFont;
class QPalette;

namespace idiolect {

/**
 * Colours and fonts of every chart, derived from the widget palette: series
 * colours start at the highlight colour and step around the hue circle, text
 * and grid lines follow the text colour, backgrounds stay transparent. Charts
 * re-apply it on palette changes, so dark mode switches live.
 */
class ChartPalette final
{
public:
    /** Colour of series @p index: 0 is the highlight colour, later ones rotate its hue. */
    [[nodiscard]] static QColor series(const QPalette &palette, int index);
    /** Styles @p chart (background, title, legend, axes) for @p palette and @p font. */
    static void apply(QChart *chart, const QPalette &palette, const QFont &font);
    /** Heatmap cell colour for @p share in 0..1 (0 = the base colour). */
    [[nodiscard]] static QColor heat(const QPalette &palette, double share);
};

} // namespace idiolect
