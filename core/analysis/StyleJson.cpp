// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StyleJson.h"

#include "PartnerProfile.h"
#include "StyleAnalyzer.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray pairs(const QList<QPair<QString, qint64>> &list)
{
    QJsonArray a;
    for (const auto &p : list)
        a.append(QJsonArray{p.first, p.second});
    return a;
}

QJsonObject timeJson(const TimePatterns &t)
{
    QJsonArray hours;
    for (int h : t.mostActiveHours)
        hours.append(h);
    QJsonArray days;
    for (int d : t.mostActiveDays)
        days.append(TimePatterns::dayName(d));
    QJsonArray hourBins;
    for (qint64 v : t.hours)
        hourBins.append(v);
    QJsonArray dayBins;
    for (qint64 v : t.weekdays)
        dayBins.append(v);
    const bool replies = t.responseTimes.samples > 0;
    return QJsonObject{
        {u"most_active_hours"_s, hours},
        {u"most_active_days"_s, days},
        {u"avg_messages_per_day"_s, number(t.avgMessagesPerDay)},
        {u"response_time_percentiles"_s,
         QJsonObject{{u"p50"_s, replies ? number(t.responseTimes.p50) : QJsonValue()},
                     {u"p75"_s, replies ? number(t.responseTimes.p75) : QJsonValue()},
                     {u"p90"_s, replies ? number(t.responseTimes.p90) : QJsonValue()},
                     {u"samples"_s, t.responseTimes.samples}}},
        {u"hour_distribution"_s, hourBins},
        {u"day_distribution"_s, dayBins},
        {u"time_zone"_s, t.timeZone},
    };
}

} // namespace

QString TimePatterns::dayName(int weekday)
{
    static const char16_t *const names[]
        = {u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday"};
    return weekday >= 0 && weekday < 7 ? QString::fromUtf16(names[weekday]) : QString();
}

QString EmojiUsage::usageRate(qint64 totalMessages) const
{
    if (totalMessages <= 0)
        return u"0%"_s;
    return QString::number(emojiFrequency * 100.0, 'f', 1) + u'%';
}

QJsonObject StyleJson::toJson(const StyleProfile &p)
{
    const LengthDistribution &d = p.lengthDistribution;
    const BurstPatterns &b = p.burstPatterns;
    const EmojiUsage &e = p.emojiUsage;
    QJsonArray intervals;
    for (double v : b.burstIntervals)
        intervals.append(number(v));
    QJsonArray topEmojis;
    for (const auto &pair : e.topEmojis)
        topEmojis.append(pair.first);
    QJsonObject o{
        {u"avg_message_length"_s, number(p.avgMessageLength)},
        {u"message_length_distribution"_s,
         QJsonObject{{u"very_short"_s, d.veryShort},
                     {u"short"_s, d.shortCount},
                     {u"medium"_s, d.medium},
                     {u"long"_s, d.longCount},
                     {u"very_long"_s, d.veryLong}}},
        {u"burst_patterns"_s,
         QJsonObject{{u"total_bursts"_s, b.totalBursts},
                     {u"avg_burst_size"_s, number(b.avgBurstSize)},
                     {u"burst_frequency"_s, number(b.burstFrequency)},
                     {u"max_burst_size"_s, b.maxBurstSize},
                     {u"messages_in_bursts"_s, b.messagesInBursts},
                     {u"burst_intervals"_s, intervals}}},
        {u"preferred_length"_s, p.preferredLength},
        {u"emoji_usage"_s,
         QJsonObject{{u"emoji_frequency"_s, number(e.emojiFrequency)},
                     {u"messages_with_emojis"_s, e.messagesWithEmojis},
                     {u"total_emojis"_s, e.totalEmojis},
                     {u"emoji_usage_rate"_s, e.usageRate(p.totalMessages)},
                     {u"top_emojis"_s, topEmojis},
                     {u"top_emoji_counts"_s, pairs(e.topEmojis)},
                     {u"emoji_positions"_s,
                      QJsonObject{{u"start"_s, number(e.atStart)},
                                  {u"middle"_s, number(e.inMiddle)},
                                  {u"end"_s, number(e.atEnd)}}}}},
        {u"total_messages"_s, p.totalMessages},
    };
    if (p.timePatterns)
        o.insert(u"time_patterns"_s, timeJson(*p.timePatterns));
    if (p.vocabulary) {
        const Vocabulary &v = *p.vocabulary;
        o.insert(u"vocabulary"_s,
                 QJsonObject{{u"unique_words"_s, v.uniqueWords},
                             {u"avg_words_per_message"_s, number(v.avgWordsPerMessage)},
                             {u"most_common_words"_s, pairs(v.mostCommonWords)},
                             {u"question_frequency"_s, number(v.questionFrequency)}});
    }
    return o;
}

QJsonObject StyleJson::toJson(const PartnerProfile &p)
{
    return QJsonObject{
        {u"thread_id"_s, p.threadId},
        {u"partner_id"_s, p.partnerId},
        {u"name"_s, p.name},
        {u"is_group"_s, p.isGroup},
        {u"classification"_s, partnerStyleName(p.style)},
        {u"traits"_s, QJsonArray::fromStringList(p.traits)},
        {u"episodes_with_you"_s, p.episodesWithYou},
        {u"style_difference"_s, number(p.styleDifference)},
        {u"adaptation_level"_s, number(p.adaptationLevel)},
        {u"partner_style"_s, toJson(p.partner)},
        {u"your_style_with_partner"_s, toJson(p.you)},
    };
}

QJsonObject StyleJson::toJson(const StyleAnalysis &analysis, bool withPartners)
{
    QJsonObject o = toJson(analysis.personal);
    if (withPartners) {
        QJsonArray partners;
        for (const PartnerProfile &p : analysis.partners)
            partners.append(toJson(p));
        o.insert(u"partners"_s, partners);
    }
    return o;
}

} // namespace idiolect
