// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"

#include <QCoreApplication>

namespace idiolect {

struct StyleProfile;

/** A profile with the name its series gets ("You", "Anna"). */
struct NamedProfile
{
    QString name;
    const StyleProfile *profile = nullptr;
};

/**
 * Turns core style profiles (core/analysis) into ChartData for the Style
 * page. Distributions are shares so you and a partner with different message
 * counts compare fairly; months and rankings are counts.
 */
class StyleChartData final
{
    Q_DECLARE_TR_FUNCTIONS(StyleChartData)

public:
    /** Share of messages in each documented length bucket (< 10 … > 200 characters). */
    static ChartData lengths(const QList<NamedProfile> &profiles);
    /** Share of replies per delay bucket (ResponsePercentiles::kUpperSeconds). */
    static ChartData responseTimes(const QList<NamedProfile> &profiles);
    /** Share of bursts by size: 2 … kMaxBurstBar − 1 messages, then "kMaxBurstBar+". */
    static ChartData burstSizes(const QList<NamedProfile> &profiles);
    /** Messages per month over the union of the profiles' months. */
    static ChartData months(const QList<NamedProfile> &profiles);
    /** Top emoji: the first profile's ranking, then the others' extra entries. */
    static ChartData topEmoji(const QList<NamedProfile> &profiles);
    /** Top words (stop words excluded), like topEmoji(). Profiles without vocabulary are left out. */
    static ChartData topWords(const QList<NamedProfile> &profiles);

    static constexpr int kMaxBurstBar = 8;
    static constexpr int kMaxRanked = 12;

    /** Labels of the response-time buckets ("< 1 min", …). */
    static QStringList responseBucketLabels();
    /** Labels of the length buckets ("< 10", …). */
    static QStringList lengthBucketLabels();
};

} // namespace idiolect
