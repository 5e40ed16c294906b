// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"

#include "ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr int kMaxDateTicks = 7;

qreal maxValue(const ChartData &data)
{
    qreal max = 0;
    for (const ChartSeries &s : data.series) {
        for (qreal v : s.values)
            max = std::max(max, v);
    }
    return max;
}

} // namespace

ChartView::ChartView(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ChartView::setData(const ChartData &data)
{
    m_data = data;
    rebuild();
    // Scroll areas squeeze views to their minimum: make that the readable height.
    setMinimumHeight(sizeHint().height());
    updateGeometry();
}

QSize ChartView::sizeHint() const
{
    const int line = fontMetrics().height();
    int rows = 16;
    if (m_data.horizontal) {
        const qreal perCategory = m_data.series.size() > 1 ? 2.0 : 1.4;
        rows = std::max(rows, int(qreal(m_data.categories.size()) * perCategory) + 6);
    }
    return {fontMetrics().averageCharWidth() * 56, line * rows};
}

QSize ChartView::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, sizeHint().height()};
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        rebuild();
        if (event->type() == QEvent::FontChange)
            setMinimumHeight(sizeHint().height());
    }
}

void ChartView::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(m_data.title);
    if (m_data.months.isEmpty())
        buildBars();
    else
        buildMonths();
    c->legend()->setVisible(m_data.series.size() > 1);
    ChartPalette::apply(c, palette(), font());
    viewport()->update();
}

QString ChartView::formatValue(qreal value) const
{
    const QLocale locale;
    if (m_data.unit == ChartData::Unit::Percent)
        return tr("%1 %").arg(locale.toString(value, 'f', 1));
    return locale.toString(qint64(std::llround(value)));
}

void ChartView::buildBars()
{
    QChart *c = chart();
    QAbstractBarSeries *bars = m_data.horizontal
        ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
        : static_cast<QAbstractBarSeries *>(new QBarSeries);
    // Horizontal category axes run bottom-up; reverse so the first category is on top.
    QStringList categories = m_data.categories;
    if (m_data.horizontal)
        std::reverse(categories.begin(), categories.end());
    for (int i = 0; i < m_data.series.size(); ++i) {
        const ChartSeries &s = m_data.series[i];
        auto *set = new QBarSet(s.name);
        QList<qreal> values = s.values;
        if (m_data.horizontal)
            std::reverse(values.begin(), values.end());
        set->append(values);
        const QColor color = ChartPalette::series(palette(), i);
        set->setColor(color);
        set->setBorderColor(color);
        bars->append(set);
    }
    bars->setBarWidth(m_data.series.size() > 1 ? 0.8 : 0.6);
    c->addSeries(bars);
    connect(bars, &QAbstractBarSeries::hovered, this,
            [this, categories](bool on, int index, QBarSet *set) {
                if (!on || index < 0 || index >= categories.size()) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   u"%1 \u2014 %2: %3"_s.arg(set->label(), categories[index],
                                                             formatValue(set->at(index))),
                                   this);
            });

    auto *categoryAxis = new QBarCategoryAxis;
    // Axis labels are rich text: "< 10" would vanish as a broken tag.
    for (const QString &category : std::as_const(categories))
        categoryAxis->append(category.toHtmlEscaped());
    categoryAxis->setGridLineVisible(false);
    auto *valueAxis = new QValueAxis;
    const qreal max = maxValue(m_data);
    valueAxis->setRange(0, max > 0 ? max * 1.08 : 1);
    valueAxis->setLabelFormat(m_data.unit == ChartData::Unit::Percent ? u"%.0f %%"_s : u"%.0f"_s);
    valueAxis->applyNiceNumbers();
    valueAxis->setMinorTickCount(0);
    c->addAxis(categoryAxis, m_data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(valueAxis, m_data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
}

void ChartView::buildMonths()
{
    QChart *c = chart();
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(u"MMM yyyy"_s);
    timeAxis->setTickCount(int(std::clamp<qsizetype>(m_data.months.size(), 2, kMaxDateTicks)));
    auto *valueAxis = new QValueAxis;
    const qreal max = maxValue(m_data);
    valueAxis->setRange(0, max > 0 ? max * 1.08 : 1);
    valueAxis->setLabelFormat(u"%.0f"_s);
    valueAxis->applyNiceNumbers();
    c->addAxis(timeAxis, Qt::AlignBottom);
    c->addAxis(valueAxis, Qt::AlignLeft);
    const qint64 first = m_data.months.first().startOfDay().toMSecsSinceEpoch();
    const qint64 last = m_data.months.last().startOfDay().toMSecsSinceEpoch();
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first),
                       QDateTime::fromMSecsSinceEpoch(std::max(last, first + 1)));
    for (int i = 0; i < m_data.series.size(); ++i) {
        const ChartSeries &s = m_data.series[i];
        auto *line = new QLineSeries;
        line->setName(s.name);
        for (qsizetype m = 0; m < s.values.size() && m < m_data.months.size(); ++m)
            line->append(qreal(m_data.months[m].startOfDay().toMSecsSinceEpoch()), s.values[m]);
        QPen pen(ChartPalette::series(palette(), i));
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->setPointsVisible(m_data.months.size() < 30);
        c->addSeries(line);
        line->attachAxis(timeAxis);
        line->attachAxis(valueAxis);
        connect(line, &QLineSeries::hovered, this,
                [this, name = s.name](const QPointF &p, bool on) {
                    if (!on) {
                        QToolTip::hideText();
                        return;
                    }
                    const QDate month = QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date();
                    QToolTip::showText(
                        QCursor::pos(),
                        u"%1 \u2014 %2: %3"_s.arg(name, QLocale().toString(month, u"MMMM yyyy"_s),
                                                  formatValue(p.y())),
                        this);
                });
    }
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_data.isEmpty() || m_data.emptyText.isEmpty())
        return;
    painter->save();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->setFont(font());
    painter->drawText(chart()->plotArea(), Qt::AlignCenter | Qt::TextWordWrap, m_data.emptyText);
    painter->restore();
}

} // namespace idiolect
