// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateRangeBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace idiolect {

namespace {

constexpr DateRange::Preset kPresets[] = {
    DateRange::Preset::All,          DateRange::Preset::Last3Months, DateRange::Preset::Last6Months,
    DateRange::Preset::Last12Months, DateRange::Preset::Last2Years,  DateRange::Preset::Last5Years,
    DateRange::Preset::Custom,
};

} // namespace

DateRangeBar::DateRangeBar(QWidget *parent)
    : QWidget(parent),
      m_preset(new QComboBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Time span:"));
    label->setBuddy(m_preset);
    for (DateRange::Preset p : kPresets)
        m_preset->addItem(DateRange::presetLabel(p), int(p));
    m_preset->setToolTip(tr("Quick ranges count back from the last message in the export."));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    layout->addWidget(label);
    layout->addWidget(m_preset);
    auto *from = new QLabel(tr("from"));
    from->setBuddy(m_from);
    layout->addWidget(from);
    layout->addWidget(m_from);
    auto *to = new QLabel(tr("to"));
    to->setBuddy(m_to);
    layout->addWidget(to);
    layout->addWidget(m_to);
    connect(m_preset, &QComboBox::activated, this, &DateRangeBar::presetPicked);
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeBar::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeBar::datesEdited);
    setEnabled(false);
}

void DateRangeBar::setRange(const DateRange &range, const QDate &firstDay, const QDate &lastDay)
{
    m_range = range;
    m_firstDay = firstDay;
    m_lastDay = lastDay;
    setEnabled(firstDay.isValid() && lastDay.isValid());
    showDates();
}

void DateRangeBar::showDates()
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(m_range.preset)));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDateRange(m_firstDay.isValid() ? m_firstDay : QDate(2000, 1, 1),
                           m_lastDay.isValid() ? m_lastDay : QDate::currentDate());
    }
    const QDate from = m_range.effectiveFrom(m_lastDay);
    const QDate to = m_range.effectiveTo(m_lastDay);
    m_from->setDate(from.isValid() && from > m_firstDay ? from : m_firstDay);
    m_to->setDate(to.isValid() && to < m_lastDay ? to : m_lastDay);
    m_updating = false;
}

void DateRangeBar::presetPicked(int index)
{
    DateRange range;
    range.preset = DateRange::Preset(m_preset->itemData(index).toInt());
    if (range.preset == DateRange::Preset::Custom) {
        range.from = m_from->date();
        range.to = m_to->date();
    }
    if (range == m_range)
        return;
    m_range = range;
    showDates();
    Q_EMIT rangeChanged(m_range);
}

void DateRangeBar::datesEdited()
{
    if (m_updating)
        return;
    DateRange range;
    range.preset = DateRange::Preset::Custom;
    range.from = m_from->date();
    range.to = m_to->date();
    if (range.to < range.from)
        std::swap(range.from, range.to);
    if (range == m_range)
        return;
    m_range = range;
    showDates();
    Q_EMIT rangeChanged(m_range);
}

} // namespace idiolect
