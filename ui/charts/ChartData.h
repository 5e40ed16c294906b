// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace idiolect {

/** One named row of values of a chart ("You", "Anna"). */
struct ChartSeries
{
    QString name;
    QList<qreal> values; ///< One per category (bar charts) or per month (time charts).
};

/**
 * What a bar or time chart shows, independent of Qt Charts: built from core
 * results by StyleChartData, drawn by BarChartView or MonthChartView.
 */
struct ChartData
{
    enum class Unit { Count, Percent };

    QString title;
    QStringList categories; ///< Bar charts: one label per group of bars.
    QList<QDate> months; ///< Time charts: the first day of each month.
    QList<ChartSeries> series;
    Unit unit = Unit::Count;
    bool horizontal = false; ///< Horizontal bars (ranked lists such as top words).
    QString emptyText; ///< Shown instead of the chart when every value is 0.

    [[nodiscard]] bool isEmpty() const;
};

} // namespace idiolect
