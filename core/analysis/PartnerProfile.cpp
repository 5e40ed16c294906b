// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerProfile.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr double kLengthyAbove = 100.0;
constexpr double kConciseBelow = 30.0;
constexpr double kBurstAbove = 0.2;
constexpr double kEmojiAbove = 0.3;
constexpr double kRapidReplyBelow = 60.0;
constexpr double kSlowReplyAbove = 3600.0;
constexpr qint64 kMinReplySamples = 5;

} // namespace

QString partnerStyleName(PartnerStyle style)
{
    switch (style) {
    case PartnerStyle::LengthyTexter: return u"lengthy_texter"_s;
    case PartnerStyle::ConciseTexter: return u"concise_texter"_s;
    case PartnerStyle::BurstTexter: return u"burst_texter"_s;
    case PartnerStyle::EmojiLover: return u"emoji_lover"_s;
    case PartnerStyle::Balanced: break;
    }
    return u"balanced"_s;
}

QString partnerStylePhrase(PartnerStyle style)
{
    switch (style) {
    case PartnerStyle::LengthyTexter: return u"prefers lengthy messages"_s;
    case PartnerStyle::ConciseTexter: return u"keeps messages short"_s;
    case PartnerStyle::BurstTexter: return u"sends several quick messages in a row"_s;
    case PartnerStyle::EmojiLover: return u"uses a lot of emoji"_s;
    case PartnerStyle::Balanced: break;
    }
    return u"writes in a balanced way"_s;
}

PartnerStyle PartnerClassifier::classify(const StyleProfile &p)
{
    if (p.totalMessages == 0)
        return PartnerStyle::Balanced;
    if (p.avgMessageLength > kLengthyAbove)
        return PartnerStyle::LengthyTexter;
    if (p.avgMessageLength < kConciseBelow)
        return PartnerStyle::ConciseTexter;
    if (p.burstPatterns.burstFrequency > kBurstAbove)
        return PartnerStyle::BurstTexter;
    if (p.emojiUsage.emojiFrequency > kEmojiAbove)
        return PartnerStyle::EmojiLover;
    return PartnerStyle::Balanced;
}

QStringList PartnerClassifier::traits(const StyleProfile &p)
{
    QStringList traits;
    if (p.totalMessages == 0)
        return traits;
    if (p.avgMessageLength > kLengthyAbove)
        traits.append(partnerStyleName(PartnerStyle::LengthyTexter));
    if (p.avgMessageLength < kConciseBelow)
        traits.append(partnerStyleName(PartnerStyle::ConciseTexter));
    if (p.burstPatterns.burstFrequency > kBurstAbove)
        traits.append(partnerStyleName(PartnerStyle::BurstTexter));
    if (p.emojiUsage.emojiFrequency > kEmojiAbove)
        traits.append(partnerStyleName(PartnerStyle::EmojiLover));
    if (p.timePatterns && p.timePatterns->responseTimes.samples >= kMinReplySamples) {
        if (p.timePatterns->responseTimes.p50 < kRapidReplyBelow)
            traits.append(u"rapid_responder"_s);
        else if (p.timePatterns->responseTimes.p50 > kSlowReplyAbove)
            traits.append(u"slow_responder"_s);
    }
    return traits;
}

double PartnerClassifier::styleDifference(double partnerMean, double yourMean)
{
    const double larger = std::max(partnerMean, yourMean);
    if (!std::isfinite(partnerMean) || !std::isfinite(yourMean) || larger <= 0)
        return 0.0;
    return std::abs(partnerMean - yourMean) / larger;
}

double PartnerClassifier::adaptationLevel(double partnerMean, double yourMean,
                                          double yourMeanWithPartner)
{
    const double span = partnerMean - yourMean;
    if (!std::isfinite(span) || !std::isfinite(yourMeanWithPartner) || span == 0.0)
        return 0.0;
    return std::clamp((yourMeanWithPartner - yourMean) / span, 0.0, 1.0);
}

} // namespace idiolect
