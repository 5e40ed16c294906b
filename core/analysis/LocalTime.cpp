// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalTime.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace idiolect {

namespace {

constexpr qint64 kDayMs = 86'400'000;

/** Rounds toward minus infinity for b > 0, defined for every a (also the 64-bit minimum). */
qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

/** a + b, held at the ends of the 64-bit range instead of overflowing (corrupt dates). */
qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (!qAddOverflow(a, b, &sum))
        return sum;
    return b < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
}

} // namespace

LocalTime::LocalTime(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime from
        = QDateTime::fromMSecsSinceEpoch(saturatingAdd(fromMs, -kDayMs), QTimeZone::utc());
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(
        saturatingAdd(std::max(fromMs, toMs), kDayMs), QTimeZone::utc());
    m_spans.push_back({std::numeric_limits<qint64>::min(), qint64(z.offsetFromUtc(from)) * 1000});
    if (z.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions = z.transitions(from, to);
        for (const QTimeZone::OffsetData &t : transitions) {
            const qint64 offset = qint64(t.offsetFromUtc) * 1000;
            if (offset != m_spans.back().offsetMs)
                m_spans.push_back({t.atUtc.toMSecsSinceEpoch(), offset});
        }
    }
}

qint64 LocalTime::toLocal(qint64 utcMs) const
{
    const qint64 offset = m_spans.size() == 1
        ? m_spans.front().offsetMs
        : std::prev(std::upper_bound(m_spans.begin(), m_spans.end(), utcMs,
                                     [](qint64 t, const Span &s) { return t < s.fromUtc; }))
              ->offsetMs;
    // A corrupt date at the end of the 64-bit range stays there instead of wrapping around.
    return saturatingAdd(utcMs, offset);
}

int LocalTime::hour(qint64 localMs)
{
    return int(floorDiv(localMs, 3'600'000) % 24 + 24) % 24;
}

int LocalTime::weekday(qint64 localMs)
{
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return int((day(localMs) % 7 + 7 + 3) % 7);
}

qint64 LocalTime::day(qint64 localMs)
{
    return floorDiv(localMs, kDayMs);
}

qint64 LocalTime::startOfDayUtc(int year, int month, int dayOfMonth, const QTimeZone &zone)
{
    const QDate date(year, month, dayOfMonth);
    return date.startOfDay(zone.isValid() ? zone : QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace idiolect
