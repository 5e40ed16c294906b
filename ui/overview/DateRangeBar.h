// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/DateRange.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace idiolect {

/**
 * The time span picker: quick ranges ("Last 12 months", counted back from the
 * export's last message) and two calendar date fields; editing a date turns
 * the range into a custom one.
 */
class DateRangeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateRangeBar)

public:
    explicit DateRangeBar(QWidget *parent = nullptr);

    /** Shows @p range for an export spanning @p firstDay .. @p lastDay (no signal). */
    void setRange(const DateRange &range, const QDate &firstDay, const QDate &lastDay);
    [[nodiscard]] DateRange range() const { return m_range; }

    [[nodiscard]] QComboBox *presetBox() const { return m_preset; }
    [[nodiscard]] QDateEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void rangeChanged(const idiolect::DateRange &range);

private:
    void presetPicked(int index);
    void datesEdited();
    void showDates();

    DateRange m_range;
    QDate m_firstDay;
    QDate m_lastDay;
    bool m_updating = false;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace idiolect
