// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace idiolect {

/**
 * The span of time the user picked, in local calendar days, inclusive.
 *
 * A preset ("last 12 months") is kept by name and re-evaluated against the
 * export's last message, so a project follows the data, not today's date.
 */
struct DateRange
{
    Q_DECLARE_TR_FUNCTIONS(DateRange)

public:
    enum class Preset {
        All,
        Last3Months,
        Last6Months,
        Last12Months,
        Last2Years,
        Last5Years,
        Custom
    };

    Preset preset = Preset::All;
    QDate from; ///< Custom only; invalid = open.
    QDate to; ///< Custom only; invalid = open.

    /** Resolves a preset against the last day with data (@p lastDay). */
    [[nodiscard]] QDate effectiveFrom(const QDate &lastDay) const;
    [[nodiscard]] QDate effectiveTo(const QDate &lastDay) const;
    /** [fromMs, toMs) in ms since the epoch for the local days; open ends are 0 / max. */
    [[nodiscard]] qint64 fromMs(const QDate &lastDay) const;
    [[nodiscard]] qint64 toMs(const QDate &lastDay) const;
    [[nodiscard]] bool contains(qint64 ms, const QDate &lastDay) const
    {
        return ms >= fromMs(lastDay) && ms < toMs(lastDay);
    }

    [[nodiscard]] static QString presetName(Preset preset); ///< Stable key ("last12m").
    [[nodiscard]] static Preset presetFromName(const QString &name);
    [[nodiscard]] static QString presetLabel(Preset preset); ///< Translated label.

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

} // namespace idiolect
