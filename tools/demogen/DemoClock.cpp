// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoClock.h"

namespace idiolect::demogen {

namespace {

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int yearOf(qint64 utcMs)
{
    qint64 z = (utcMs >= 0 ? utcMs : utcMs - DemoClock::kDay + 1) / DemoClock::kDay + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

/** UTC ms of 01:00 UTC on the last Sunday of @p month in @p year. */
qint64 lastSundayAt1Utc(int year, int month)
{
    const qint64 lastDay = daysFromCivil(year, month + 1, 1) - 1;
    const qint64 weekday = (lastDay + 4) % 7; // 1970-01-01 was a Thursday (4); Sunday = 0
    return (lastDay - weekday) * DemoClock::kDay + DemoClock::kHour;
}

} // namespace

qint64 DemoClock::utcDate(int year, int month, int day)
{
    return daysFromCivil(year, month, day) * kDay;
}

qint64 DemoClock::berlinOffset(qint64 utcMs)
{
    const int year = yearOf(utcMs);
    const bool summer = utcMs >= lastSundayAt1Utc(year, 3) && utcMs < lastSundayAt1Utc(year, 10);
    return summer ? 2 * kHour : kHour;
}

qint64 DemoClock::berlinDayStart(qint64 utcMs)
{
    const qint64 local = utcMs + berlinOffset(utcMs);
    const qint64 localMidnight = local - ((local % kDay) + kDay) % kDay;
    return localMidnight - berlinOffset(localMidnight - kHour);
}

qint64 DemoClock::atLocalMinute(qint64 dayStartUtc, int minuteOfDay)
{
    const qint64 guess = dayStartUtc + qint64(minuteOfDay) * kMinute;
    // Correct for a DST change between midnight and the wanted minute.
    return guess - (berlinOffset(guess) - berlinOffset(dayStartUtc));
}

} // namespace idiolect::demogen
