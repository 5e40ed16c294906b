// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateRange.h"

#include <QDateTime>

#include <limits>

using namespace Qt::StringLiterals;

namespace idiolect {

QDate DateRange::effectiveFrom(const QDate &lastDay) const
{
    if (!lastDay.isValid() && preset != Preset::Custom)
        return {};
    switch (preset) {
    case Preset::All: return {};
    case Preset::Last3Months: return lastDay.addMonths(-3).addDays(1);
    case Preset::Last6Months: return lastDay.addMonths(-6).addDays(1);
    case Preset::Last12Months: return lastDay.addYears(-1).addDays(1);
    case Preset::Last2Years: return lastDay.addYears(-2).addDays(1);
    case Preset::Last5Years: return lastDay.addYears(-5).addDays(1);
    case Preset::Custom: return from;
    }
    return {};
}

QDate DateRange::effectiveTo(const QDate &) const
{
    return preset == Preset::Custom ? to : QDate();
}

qint64 DateRange::fromMs(const QDate &lastDay) const
{
    const QDate d = effectiveFrom(lastDay);
    return d.isValid() ? d.startOfDay().toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

qint64 DateRange::toMs(const QDate &lastDay) const
{
    const QDate d = effectiveTo(lastDay);
    return d.isValid() ? d.addDays(1).startOfDay().toMSecsSinceEpoch()
                       : std::numeric_limits<qint64>::max();
}

QString DateRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::All: return u"all"_s;
    case Preset::Last3Months: return u"last3m"_s;
    case Preset::Last6Months: return u"last6m"_s;
    case Preset::Last12Months: return u"last12m"_s;
    case Preset::Last2Years: return u"last2y"_s;
    case Preset::Last5Years: return u"last5y"_s;
    case Preset::Custom: return u"custom"_s;
    }
    return u"all"_s;
}

DateRange::Preset DateRange::presetFromName(const QString &name)
{
    for (Preset p : {Preset::All, Preset::Last3Months, Preset::Last6Months, Preset::Last12Months,
                     Preset::Last2Years, Preset::Last5Years, Preset::Custom}) {
        if (presetName(p) == name)
            return p;
    }
    return Preset::All;
}

QString DateRange::presetLabel(Preset preset)
{
    switch (preset) {
    case Preset::All: return tr("All time");
    case Preset::Last3Months: return tr("Last 3 months");
    case Preset::Last6Months: return tr("Last 6 months");
    case Preset::Last12Months: return tr("Last 12 months");
    case Preset::Last2Years: return tr("Last 2 years");
    case Preset::Last5Years: return tr("Last 5 years");
    case Preset::Custom: return tr("Custom range");
    }
    return {};
}

} // namespace idiolect
