// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StyleChartData.h"

#include "analysis/StyleProfile.h"

#include <QHash>

#include <map>

namespace idiolect {

namespace {

qreal share(qint64 part, qint64 total)
{
    return total > 0 ? 100.0 * qreal(part) / qreal(total) : 0.0;
}

using Ranking = QList<QPair<QString, qint64>>;

ChartData ranked(const QList<QPair<QString, const Ranking *>> &rankings)
{
    ChartData d;
    for (const auto &[name, ranking] : rankings) {
        for (const auto &[key, count] : *ranking) {
            if (d.categories.size() >= StyleChartData::kMaxRanked)
                break;
            if (!d.categories.contains(key))
                d.categories.append(key);
        }
    }
    for (const auto &[name, ranking] : rankings) {
        ChartSeries s{name, QList<qreal>(d.categories.size(), 0.0)};
        for (const auto &[key, count] : *ranking) {
            const qsizetype i = d.categories.indexOf(key);
            if (i >= 0)
                s.values[i] = qreal(count);
        }
        d.series.append(s);
    }
    d.horizontal = true;
    return d;
}

} // namespace

QStringList StyleChartData::lengthBucketLabels()
{
    return {tr("< 10"), tr("10–30"), tr("31–100"), tr("101–200"), tr("> 200")};
}

QStringList StyleChartData::responseBucketLabels()
{
    return {tr("< 1 min"), tr("1–5 min"), tr("5–15 min"), tr("15–60 min"),
            tr("1–3 h"),   tr("3–12 h"),  tr("12 h +")};
}

ChartData StyleChartData::lengths(const QList<NamedProfile> &profiles)
{
    ChartData d;
    d.title = tr("Message length (characters)");
    d.categories = lengthBucketLabels();
    d.unit = ChartData::Unit::Percent;
    d.emptyText = tr("No text messages in the selection.");
    for (const NamedProfile &p : profiles) {
        const LengthDistribution &l = p.profile->lengthDistribution;
        const qint64 n = p.profile->totalMessages;
        d.series.append({p.name,
                         {share(l.veryShort, n), share(l.shortCount, n), share(l.medium, n),
                          share(l.longCount, n), share(l.veryLong, n)}});
    }
    return d;
}

ChartData StyleChartData::responseTimes(const QList<NamedProfile> &profiles)
{
    ChartData d;
    d.title = tr("Reply time");
    d.categories = responseBucketLabels();
    d.unit = ChartData::Unit::Percent;
    d.emptyText = tr("No replies measured yet: a reply is a message after the other side's.");
    for (const NamedProfile &p : profiles) {
        ChartSeries s{p.name, {}};
        if (p.profile->timePatterns) {
            const ResponsePercentiles &r = p.profile->timePatterns->responseTimes;
            for (qint64 c : r.histogram)
                s.values.append(share(c, r.samples));
        } else {
            s.values = QList<qreal>(d.categories.size(), 0.0);
        }
        d.series.append(s);
    }
    return d;
}

ChartData StyleChartData::burstSizes(const QList<NamedProfile> &profiles)
{
    ChartData d;
    d.title = tr("Bursts (messages in a row)");
    for (int n = 2; n < kMaxBurstBar; ++n)
        d.categories.append(QString::number(n));
    d.categories.append(tr("%1+").arg(kMaxBurstBar));
    d.unit = ChartData::Unit::Percent;
    d.emptyText = tr("No bursts: no quick runs of messages in a row.");
    for (const NamedProfile &p : profiles) {
        const BurstPatterns &b = p.profile->burstPatterns;
        QList<qreal> counts(d.categories.size(), 0.0);
        for (size_t n = 2; n < b.sizeCounts.size(); ++n)
            counts[std::min<qsizetype>(qsizetype(n) - 2, counts.size() - 1)]
                += qreal(b.sizeCounts[n]);
        for (qreal &c : counts)
            c = share(qint64(c), b.totalBursts);
        d.series.append({p.name, counts});
    }
    return d;
}

ChartData StyleChartData::months(const QList<NamedProfile> &profiles)
{
    ChartData d;
    d.title = tr("Messages per month");
    d.emptyText = tr("No messages in the selection.");
    std::map<int, QList<qreal>> byMonth;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (!profiles[i].profile->timePatterns)
            continue;
        for (const MonthCount &m : profiles[i].profile->timePatterns->months) {
            QList<qreal> &values = byMonth[m.year * 12 + m.month - 1];
            values.resize(profiles.size(), 0.0);
            values[i] = qreal(m.messages);
        }
    }
    if (!byMonth.empty()) {
        for (int key = byMonth.begin()->first; key <= byMonth.rbegin()->first; ++key)
            d.months.append(QDate(key / 12, key % 12 + 1, 1));
    }
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        ChartSeries s{profiles[i].name, {}};
        for (const QDate &month : std::as_const(d.months)) {
            const auto it = byMonth.find(month.year() * 12 + month.month() - 1);
            s.values.append(it == byMonth.end() ? 0.0 : it->second.value(i));
        }
        d.series.append(s);
    }
    return d;
}

ChartData StyleChartData::topEmoji(const QList<NamedProfile> &profiles)
{
    QList<QPair<QString, const Ranking *>> rankings;
    for (const NamedProfile &p : profiles)
        rankings.append({p.name, &p.profile->emojiUsage.topEmojis});
    ChartData d = ranked(rankings);
    d.title = tr("Top emoji");
    d.emptyText = tr("No emoji in the selection.");
    return d;
}

ChartData StyleChartData::topWords(const QList<NamedProfile> &profiles)
{
    QList<QPair<QString, const Ranking *>> rankings;
    for (const NamedProfile &p : profiles) {
        if (p.profile->vocabulary)
            rankings.append({p.name, &p.profile->vocabulary->mostCommonWords});
    }
    ChartData d = ranked(rankings);
    d.title = tr("Top words");
    d.emptyText = tr("No words counted in the selection.");
    return d;
}

} // namespace idiolect
