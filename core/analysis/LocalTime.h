// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimeZone>
#include <QtGlobal>

#include <vector>

namespace idiolect {

/**
 * @brief Fast UTC → local wall-clock conversion for hour, weekday and day statistics.
 *
 * QDateTime conversions cost about a microsecond each; style analysis needs one
 * per message. This class reads the zone's offset transitions once for the
 * covered range and then maps a timestamp with a binary search, honouring
 * daylight-saving changes exactly.
 */
class LocalTime final
{
public:
    /** Covers [fromMs, toMs] (UTC ms); timestamps outside use the nearest known offset. */
    LocalTime(const QTimeZone &zone, qint64 fromMs, qint64 toMs);

    /** UTC ms → local wall-clock ms (UTC plus the offset in force at that instant). */
    [[nodiscard]] qint64 toLocal(qint64 utcMs) const;

    /** Hour of day 0–23 of local ms. */
    static int hour(qint64 localMs);
    /** Weekday of local ms, 0 = Monday … 6 = Sunday. */
    static int weekday(qint64 localMs);
    /** Days since 1970-01-01 of local ms (for "calendar days" counts). */
    static qint64 day(qint64 localMs);

    /** Local midnight at the start of @p date in @p zone, as UTC ms (for date filters). */
    static qint64 startOfDayUtc(int year, int month, int dayOfMonth, const QTimeZone &zone);

private:
    struct Span
    {
        qint64 fromUtc; ///< First UTC ms this offset applies to.
        qint64 offsetMs;
    };
    std::vector<Span> m_spans;
};

} // namespace idiolect
