// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalTimeResolver.h"

#include <QDate>
#include <QDateTime>

namespace idiolect {

namespace {

constexpr qint64 kHourMs = 3'600'000;
/** Far enough that no UTC offset (at most ±14 h) reaches across. */
constexpr qint64 kReachMs = 15 * kHourMs;

} // namespace

LocalTimeResolver::LocalTimeResolver(QTimeZone zone) : m_zone(std::move(zone)) { }

qint64 LocalTimeResolver::wallMs(int year, int month, int day, qint64 msOfDay)
{
    return (QDate(year, month, day).toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86'400'000
        + msOfDay;
}

int LocalTimeResolver::offsetAt(qint64 utcMs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}

qint64 LocalTimeResolver::toUtc(qint64 wallMs, qint64 notBefore, Kind *kind)
{
    const qint64 hour = wallMs / kHourMs;
    if (hour != m_cachedHour) {
        m_cachedHour = hour;
        m_cachedBefore = offsetAt(hour * kHourMs - kReachMs);
        m_cachedAfter = offsetAt(hour * kHourMs + kReachMs);
    }
    const int before = m_cachedBefore, after = m_cachedAfter;
    if (before == after) {
        // No change of offset anywhere near: the common, cheap case.
        *kind = Kind::Exact;
        return wallMs - qint64(before) * 1000;
    }
    const qint64 early = wallMs - qint64(before) * 1000; // read with the old offset
    const qint64 late = wallMs - qint64(after) * 1000; // read with the new offset
    const bool earlyValid = offsetAt(early) == before;
    const bool lateValid = offsetAt(late) == after;
    if (earlyValid && lateValid && early != late) {
        *kind = Kind::Ambiguous;
        const qint64 first = std::min(early, late), second = std::max(early, late);
        return first < notBefore && second >= notBefore ? second : first;
    }
    if (earlyValid || lateValid) {
        *kind = Kind::Exact;
        return earlyValid ? early : late;
    }
    *kind = Kind::Gap;
    return early;
}

} // namespace idiolect
