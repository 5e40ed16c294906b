// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StyleProfile.h"

#include <QString>
#include <QStringList>

namespace idiolect {

/** A partner's dominant texting style (first match in this order wins). */
enum class PartnerStyle : quint8 {
    LengthyTexter, ///< Mean length > 100 grapheme clusters.
    ConciseTexter, ///< Mean length < 30.
    BurstTexter, ///< burst_frequency > 0.2.
    EmojiLover, ///< emoji_frequency > 0.3.
    Balanced, ///< None of the above.
};

/** "lengthy_texter", "concise_texter", "burst_texter", "emoji_lover", "balanced". */
QString partnerStyleName(PartnerStyle style);
/** How the adaptive instruction describes the style ("prefers lengthy messages"). */
QString partnerStylePhrase(PartnerStyle style);

/**
 * @brief How one chat partner (a 1:1 contact or a group) writes, and how you write with them.
 *
 * `partner` covers their messages in the thread, `you` yours in the same
 * thread; compare `you` with the overall personal style to see how you adapt.
 */
struct PartnerProfile
{
    quint32 thread = 0; ///< Index into Corpus::threads().
    qint64 threadId = 0;
    qint64 partnerId = 0; ///< Recipient id of the person or group.
    QString name; ///< From the text layer.
    bool isGroup = false;
    StyleProfile partner;
    StyleProfile you;
    PartnerStyle style = PartnerStyle::Balanced;
    QStringList traits; ///< Every matching trait, plus rapid_responder / slow_responder.
    qint64 episodesWithYou = 0; ///< Episodes of the thread with at least one message of yours.
    /** |P - Y| / max(P, Y) of the partner's mean length P and your overall mean length Y. */
    double styleDifference = 0;
    /** clamp((Yp - Y) / (P - Y), 0, 1): how far you move towards their length with them. */
    double adaptationLevel = 0;
};

/** The classification rules of PartnerProfile (thresholds in docs/algorithms.md). */
class PartnerClassifier final
{
public:
    static PartnerStyle classify(const StyleProfile &profile);
    static QStringList traits(const StyleProfile &profile);
    static double styleDifference(double partnerMean, double yourMean);
    static double adaptationLevel(double partnerMean, double yourMean, double yourMeanWithPartner);
};

} // namespace idiolect
