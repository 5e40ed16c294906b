// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace idiolect::demogen {

/**
 * @brief Local time in Europe/Berlin without a time-zone database.
 *
 * The demo people live in Berlin: sessions start at plausible local hours and
 * the data crosses daylight-saving changes. The EU rule (CEST from the last
 * Sunday of March to the last Sunday of October, switching at 01:00 UTC) is
 * computed here so the output never depends on the machine's tzdata.
 */
class DemoClock final
{
public:
    /** UTC offset in ms at @p utcMs (3600000 in winter, 7200000 in summer). */
    static qint64 berlinOffset(qint64 utcMs);
    /** UTC ms of local midnight of the Berlin day containing @p utcMs. */
    static qint64 berlinDayStart(qint64 utcMs);
    /** UTC ms for @p minuteOfDay local minutes after the local midnight @p dayStartUtc. */
    static qint64 atLocalMinute(qint64 dayStartUtc, int minuteOfDay);
    /** ms since the epoch of a UTC calendar date. */
    static qint64 utcDate(int year, int month, int day);

    static constexpr qint64 kSecond = 1000;
    static constexpr qint64 kMinute = 60 * kSecond;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kDay = 24 * kHour;
};

} // namespace idiolect::demogen
