// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Strategy.h"
#include "analysis/AnalysisOptions.h"
#include "analysis/Momentum.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace idiolect {

/** Which messages go in (reference-behaviour §12.2 filters). */
struct FilterOptions
{
    /** Thread ids or exact chat names (case-insensitive); empty = every chat. */
    QStringList partners;
    /** Keep messages sent on or after this local date (StyleOptions::timeZone). */
    std::optional<QDate> from;
    /** Keep messages sent before this local date (exclusive, so 2024-01-01 ends with 2023). */
    std::optional<QDate> to;
    /** Drop blocked 1:1 chats and blocked groups, and blocked members' messages in groups. */
    bool excludeBlocked = false;
};

/** Strategy "conversational" (create_conversational_data's momentum_filter). */
struct ConversationalOptions
{
    /** Keep only windows of this momentum; nullopt keeps all. */
    std::optional<Momentum> momentumFilter;
};

/** Strategy "burst": continue your multi-message sequence. */
struct BurstOptions
{
    int maxTimeBetweenMessagesSeconds = 120; ///< Gap between burst messages must be below this.
    int minBurstSize = 2;
    int maxBurstSize = 10; ///< Longer runs are cut into chunks.
};

/** Strategy "adaptive": respond in a style adapted to this partner. */
struct AdaptiveOptions
{
    double minStyleDifference = 0.5; ///< |P - Y| / max(P, Y) of mean lengths.
    int minConversationsPerPartner = 20; ///< Episodes with you in the partner's chat.
    double minAdaptationLevel = 0.0; ///< Only partners you adapt to at least this much.
};

/** Strategy "completion": complete your partially written message. */
struct CompletionOptions
{
    int minLength = 20; ///< Grapheme clusters a message needs to be split.
    double minSplit = 0.4; ///< The split point lies in [minSplit, maxSplit] of the length,
    double maxSplit = 0.6; ///< at the word boundary closest to the middle.
};

/** Strategy "qa": a partner's question and your answer in the same chat. */
struct QaOptions
{
    int maxAnswerDelaySeconds = 6 * 3600;
    int maxAnswerMessages
        = 3; ///< Your consecutive messages (within the burst gap) that form the answer.
};

/**
 * @brief Everything that decides which examples a run produces.
 *
 * Defaults follow the original API (min_message_length 5, window_size 5, ...).
 * The privacy and enrichment stages do not appear here: they produce the
 * TextLayer the pipeline reads.
 */
struct GenerationOptions
{
    int minMessageLength
        = 5; ///< Grapheme clusters a target (your message) needs; context keeps all.
    bool includeSystemMessages = false; ///< Keep calls/group updates as context placeholders.
    bool includeMedia = true; ///< Keep media-only messages as context placeholders ("[image]").
    bool includeNoteToSelf = false;
    bool preserveOrder = true; ///< Chronological output; false shuffles with the seed.
    std::optional<qint64> selfId; ///< Extra "you" sender besides outgoing messages.

    FilterOptions filters;
    QList<Strategy> strategies = {Strategy::Conversational};
    WindowOptions windows;
    ConversationalOptions conversational;
    EpisodeOptions episodes;
    StyleOptions style;
    BurstOptions burst;
    AdaptiveOptions adaptive;
    CompletionOptions completion;
    QaOptions qa;

    /** Cap each type at balanceMaxRatio x the median type count; with maxExamples, split evenly. */
    bool balanceExamples = true;
    double balanceMaxRatio = 3.0;
    std::optional<qint64>
        maxExamples; ///< Sampled fairly across types and threads, never "first N".
    quint64 seed = 42;
};

} // namespace idiolect
