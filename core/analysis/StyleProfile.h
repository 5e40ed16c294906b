// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace idiolect {

/** Message counts per length bucket (grapheme clusters). */
struct LengthDistribution
{
    qint64 veryShort = 0; ///< < 10
    qint64 shortCount = 0; ///< 10–30
    qint64 medium = 0; ///< 31–100
    qint64 longCount = 0; ///< 101–200
    qint64 veryLong = 0; ///< > 200
};

/** Runs of consecutive messages of one sender with gaps under the burst threshold. */
struct BurstPatterns
{
    qint64 totalBursts = 0;
    double avgBurstSize = 0; ///< 0 when there are no bursts.
    double burstFrequency = 0; ///< Bursts per message.
    qint64 maxBurstSize = 0; ///< 0 when there are no bursts.
    qint64 messagesInBursts = 0;
    std::vector<double> burstIntervals; ///< Mean gap inside each burst, s (most recent bursts).
    /** sizeCounts[n] = bursts of exactly n messages (indexes 0 and 1 stay 0); for charts. */
    std::vector<qint64> sizeCounts;
};

/** Emoji use (grapheme-cluster emoji, see TextAnalyzer). */
struct EmojiUsage
{
    double emojiFrequency = 0; ///< Share of messages with at least one emoji.
    qint64 messagesWithEmojis = 0;
    qint64 totalEmojis = 0;
    QList<QPair<QString, qint64>> topEmojis; ///< Most used first; ties by code point order.
    double atStart = 0; ///< Share of emoji occurrences at the start of a message.
    double inMiddle = 0;
    double atEnd = 0; ///< Emoji-only messages count as end.

    /** "23.0%" (one decimal), or "0%" without messages. */
    [[nodiscard]] QString usageRate(qint64 totalMessages) const;
};

/** Response-time percentiles in seconds, linear interpolation (numpy's default). */
struct ResponsePercentiles
{
    double p50 = 0;
    double p75 = 0;
    double p90 = 0;
    qint64 samples = 0; ///< Replies measured; the percentiles are null when 0.
    /**
     * Replies per delay bucket, for charts: bucket i holds delays below
     * kUpperSeconds[i] and at least the previous bound (the last one is open).
     */
    std::array<qint64, 7> histogram{};
    static constexpr std::array<qint64, 7> kUpperSeconds
        = {60, 5 * 60, 15 * 60, 3600, 3 * 3600, 12 * 3600, std::numeric_limits<qint64>::max()};
    /** The bucket of a delay in seconds. */
    static int bucketOf(double seconds);
};

/** Messages in one local calendar month. */
struct MonthCount
{
    int year = 0;
    int month = 0; ///< 1–12.
    qint64 messages = 0;
    friend bool operator==(const MonthCount &, const MonthCount &) = default;
};

/** When messages are sent, in StyleOptions::timeZone. */
struct TimePatterns
{
    std::array<qint64, 24> hours{}; ///< Messages per local hour.
    std::array<qint64, 7> weekdays{}; ///< Messages per weekday, 0 = Monday.
    QList<int> mostActiveHours; ///< Top 3; ties: lower hour first.
    QList<int> mostActiveDays; ///< Top 2 weekday numbers; ties: earlier day first.
    double avgMessagesPerDay = 0; ///< Messages / calendar days from first to last, inclusive.
    ResponsePercentiles responseTimes;
    QString timeZone; ///< IANA id used.
    /** Messages per local weekday (0 = Monday) and hour: the activity heatmap. */
    std::array<std::array<qint64, 24>, 7> weekdayHours{};
    /** Every month from the first to the last message, chronological (empty months count 0);
     *  messages dated outside 1970–2200 (corrupt dates) are not counted here. */
    std::vector<MonthCount> months;

    /** English weekday name ("Monday") for 0–6. */
    static QString dayName(int weekday);
};

/** Words by ICU word boundaries, lower-cased. */
struct Vocabulary
{
    qint64 uniqueWords = 0; ///< Distinct letter words.
    double avgWordsPerMessage = 0; ///< Words (letters or numbers) per message.
    QList<QPair<QString, qint64>> mostCommonWords; ///< Stop words excluded.
    double questionFrequency = 0; ///< Share of messages with a question mark.
};

/**
 * @brief Texting style of one set of messages (yours overall, yours with one
 *        partner, or a partner's).
 *
 * The JSON form (StyleJson) uses the keys of the original API's example.
 */
struct StyleProfile
{
    qint64 totalMessages = 0;
    double avgMessageLength = 0; ///< Grapheme clusters; NaN when there are no messages.
    LengthDistribution lengthDistribution;
    BurstPatterns burstPatterns;
    QString preferredLength; ///< "lengthy" if avg > 100, else "concise".
    EmojiUsage emojiUsage;
    std::optional<TimePatterns> timePatterns;
    std::optional<Vocabulary> vocabulary;
};

} // namespace idiolect
