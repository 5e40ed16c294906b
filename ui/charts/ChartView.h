// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"

#include <QChartView>

namespace idiolect {

/**
 * A chart of ChartData: grouped bars (vertical or horizontal) for categories,
 * or lines over months. Follows the palette (re-styled on palette changes),
 * sizes itself in font units so it scales at 200 %, shows values as tooltips
 * and a short note instead of an empty plot.
 */
class ChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    [[nodiscard]] const ChartData &data() const { return m_data; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void buildBars();
    void buildMonths();
    [[nodiscard]] QString formatValue(qreal value) const;

    ChartData m_data;
};

} // namespace idiolect
