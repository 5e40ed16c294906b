// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTimeZone>

namespace idiolect {

/** Conversation windows (docs/algorithms.md, "Conversation windows"). Defaults as in the original API. */
struct WindowOptions
{
    int windowSize = 5; ///< Up to this many messages before your message form the context.
    int stride = 1; ///< Keep every stride-th eligible window of a thread (numbered from 0).
    int minWindowMessages = 3; ///< context_size + 1 must reach this; so must the thread size.
};

/** Natural dialogue episodes (docs/algorithms.md, "Episodes"). */
struct EpisodeOptions
{
    int timeGapMinutes = 30; ///< A gap strictly longer than this starts a new episode.
    int minEpisodeLength = 3; ///< Shorter episodes (and trailing split chunks) are dropped.
    int maxEpisodeLength = 100; ///< Longer episodes are split into chunks of at most this.
    bool requireYou = true; ///< Drop episodes (chunks) without a message of yours.
    bool classify = true; ///< Compute conversation_type (chat/discussion/planning).
    /** Whole words that mark scheduling talk (case-insensitive); empty = the built-in list. */
    QStringList planningCues;
};

/** Texting-style analysis (docs/algorithms.md, "Personal style"). */
struct StyleOptions
{
    bool includeWordFrequency = true; ///< vocabulary block (ICU word breaks).
    bool analyzeTimePatterns = true; ///< time_patterns block.
    bool partnerVocabulary = false; ///< Also count words for partner profiles (slower).
    QTimeZone timeZone = QTimeZone::systemTimeZone(); ///< For hours, weekdays and days.
    int burstGapSeconds
        = 120; ///< Consecutive messages of one sender closer than this form a burst.
    qint64 maxReplyDelaySeconds = 24 * 3600; ///< Longer gaps are not replies (response times).
    int topEmojis = 5;
    int topWords = 20;
    int maxBurstIntervals = 100; ///< burst_intervals keeps the most recent bursts.
    /** Lower-case words left out of most_common_words; empty = the built-in English/German list. */
    QStringList stopWords;
};

} // namespace idiolect
