// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <array>

namespace idiolect {

/**
 * Activity by weekday (rows, Monday first) and hour (columns): each cell is
 * shaded from the base towards the highlight colour by its share of the
 * busiest cell. Hovering a cell tells its count.
 */
class HeatmapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatmapView)

public:
    using Grid = std::array<std::array<qint64, 24>, 7>;

    explicit HeatmapView(QWidget *parent = nullptr);

    void setData(const QString &title, const Grid &grid);
    [[nodiscard]] const Grid &grid() const { return m_grid; }
    [[nodiscard]] QString title() const { return m_title; }
    /** The cell under @p pos as (weekday, hour), or (-1, -1). */
    [[nodiscard]] QPoint cellAt(const QPoint &pos) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] QRect gridRect() const;
    [[nodiscard]] int labelWidth() const;

    QString m_title;
    Grid m_grid{};
    qint64 m_max = 0;
};

} // namespace idiolect
