// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimeZone>

#include <limits>

namespace idiolect {

/**
 * @brief Turns naive local wall-clock times into UTC instants in one time zone.
 *
 * signal-export writes each message's time as the exporting computer's local
 * time without an offset. Most wall times map to exactly one instant. In the
 * hour repeated when clocks go back, a wall time names two instants: the
 * earlier one is taken unless it would lie before @p notBefore (the previous
 * message of the same chat, which signal-export writes in time order), so a
 * conversation running through the repeated hour stays in order. A wall time
 * in the hour skipped when clocks go forward cannot come from a real instant;
 * it is read with the offset before the change (02:30 → 03:30 summer time).
 * Not thread-safe (it caches the last hour); use one per thread.
 */
class LocalTimeResolver final
{
public:
    enum class Kind : quint8 { Exact, Ambiguous, Gap };

    explicit LocalTimeResolver(QTimeZone zone);

    /** @p wallMs: the wall time as milliseconds since 1970-01-01T00:00 of that zone's clock. */
    qint64 toUtc(qint64 wallMs, qint64 notBefore, Kind *kind);

    /** Wall time of a calendar date and time of day, in milliseconds (no zone involved). */
    static qint64 wallMs(int year, int month, int day, qint64 msOfDay);

private:
    int offsetAt(qint64 utcMs) const;

    QTimeZone m_zone;
    qint64 m_cachedHour = std::numeric_limits<qint64>::min();
    int m_cachedBefore = 0;
    int m_cachedAfter = 0;
};

} // namespace idiolect
