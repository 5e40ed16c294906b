// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationOptionsJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

void readInt(const QJsonObject &o, QLatin1StringView key, int &target)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        target = v.toInt(target);
}

void readDouble(const QJsonObject &o, QLatin1StringView key, double &target)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        target = v.toDouble(target);
}

void readBool(const QJsonObject &o, QLatin1StringView key, bool &target)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        target = v.toBool(target);
}

} // namespace

QJsonObject GenerationOptionsJson::toJson(const GenerationOptions &o)
{
    QJsonArray strategies;
    for (Strategy s : o.strategies)
        strategies.append(strategyName(s));
    return QJsonObject{
        {u"strategies"_s, strategies},
        {u"min_message_length"_s, o.minMessageLength},
        {u"include_media"_s, o.includeMedia},
        {u"include_system_messages"_s, o.includeSystemMessages},
        {u"exclude_blocked"_s, o.filters.excludeBlocked},
        {u"preserve_order"_s, o.preserveOrder},
        {u"window_size"_s, o.windows.windowSize},
        {u"stride"_s, o.windows.stride},
        {u"min_window_messages"_s, o.windows.minWindowMessages},
        {u"episode_gap_minutes"_s, o.episodes.timeGapMinutes},
        {u"min_episode_length"_s, o.episodes.minEpisodeLength},
        {u"max_episode_length"_s, o.episodes.maxEpisodeLength},
        {u"burst_max_gap_seconds"_s, o.burst.maxTimeBetweenMessagesSeconds},
        {u"min_burst_size"_s, o.burst.minBurstSize},
        {u"max_burst_size"_s, o.burst.maxBurstSize},
        {u"adaptive_min_style_difference"_s, o.adaptive.minStyleDifference},
        {u"adaptive_min_conversations"_s, o.adaptive.minConversationsPerPartner},
        {u"adaptive_min_adaptation"_s, o.adaptive.minAdaptationLevel},
        {u"completion_min_length"_s, o.completion.minLength},
        {u"completion_min_split"_s, o.completion.minSplit},
        {u"completion_max_split"_s, o.completion.maxSplit},
        {u"qa_max_answer_delay_seconds"_s, o.qa.maxAnswerDelaySeconds},
        {u"qa_max_answer_messages"_s, o.qa.maxAnswerMessages},
        {u"balance"_s, o.balanceExamples},
        {u"balance_max_ratio"_s, o.balanceMaxRatio},
        {u"max_examples"_s, o.maxExamples ? QJsonValue(double(*o.maxExamples)) : QJsonValue()},
        // The seed is a 64-bit value; JSON numbers are doubles, so keep it as text.
        {u"seed"_s, QString::number(o.seed)},
    };
}

GenerationOptions GenerationOptionsJson::fromJson(const QJsonObject &json)
{
    GenerationOptions o;
    // The app's default differs from the library's: a privacy-minded user who
    // blocked someone does not want to imitate how they talked to them.
    o.filters.excludeBlocked = true;
    if (json.value("strategies"_L1).isArray()) {
        QList<Strategy> strategies;
        for (const QJsonValue &v : json.value("strategies"_L1).toArray()) {
            if (const auto s = strategyFromName(v.toString()); s && !strategies.contains(*s))
                strategies.append(*s);
        }
        o.strategies = strategies;
    }
    readInt(json, "min_message_length"_L1, o.minMessageLength);
    readBool(json, "include_media"_L1, o.includeMedia);
    readBool(json, "include_system_messages"_L1, o.includeSystemMessages);
    readBool(json, "exclude_blocked"_L1, o.filters.excludeBlocked);
    readBool(json, "preserve_order"_L1, o.preserveOrder);
    readInt(json, "window_size"_L1, o.windows.windowSize);
    readInt(json, "stride"_L1, o.windows.stride);
    readInt(json, "min_window_messages"_L1, o.windows.minWindowMessages);
    readInt(json, "episode_gap_minutes"_L1, o.episodes.timeGapMinutes);
    readInt(json, "min_episode_length"_L1, o.episodes.minEpisodeLength);
    readInt(json, "max_episode_length"_L1, o.episodes.maxEpisodeLength);
    readInt(json, "burst_max_gap_seconds"_L1, o.burst.maxTimeBetweenMessagesSeconds);
    readInt(json, "min_burst_size"_L1, o.burst.minBurstSize);
    readInt(json, "max_burst_size"_L1, o.burst.maxBurstSize);
    readDouble(json, "adaptive_min_style_difference"_L1, o.adaptive.minStyleDifference);
    readInt(json, "adaptive_min_conversations"_L1, o.adaptive.minConversationsPerPartner);
    readDouble(json, "adaptive_min_adaptation"_L1, o.adaptive.minAdaptationLevel);
    readInt(json, "completion_min_length"_L1, o.completion.minLength);
    readDouble(json, "completion_min_split"_L1, o.completion.minSplit);
    readDouble(json, "completion_max_split"_L1, o.completion.maxSplit);
    readInt(json, "qa_max_answer_delay_seconds"_L1, o.qa.maxAnswerDelaySeconds);
    readInt(json, "qa_max_answer_messages"_L1, o.qa.maxAnswerMessages);
    readBool(json, "balance"_L1, o.balanceExamples);
    readDouble(json, "balance_max_ratio"_L1, o.balanceMaxRatio);
    if (const QJsonValue max = json.value("max_examples"_L1); max.isDouble() && max.toDouble() >= 1)
        o.maxExamples = qint64(max.toDouble());
    bool ok = false;
    if (const quint64 seed = json.value("seed"_L1).toString().toULongLong(&ok); ok)
        o.seed = seed;
    // The burst strategy and the style analysis agree on what a burst is.
    o.style.burstGapSeconds = o.burst.maxTimeBetweenMessagesSeconds;
    return o;
}

} // namespace idiolect
