// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisOptions.h"
#include "StyleProfile.h"

#include <QHash>
#include <QSet>

#include <array>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace idiolect {

class Corpus;
class LocalTime;
class TextAnalyzer;
struct CorpusThread;

/**
 * @brief Collects the raw counts behind a StyleProfile, one thread at a time.
 *
 * Threads are added in parallel into separate accumulators and merged in
 * thread order, so the result is deterministic. finish() turns the counts into
 * a StyleProfile.
 */
class StyleAccumulator final
{
public:
    /** Whose messages of a thread to count. */
    enum class Side : quint8 { You, Others };

    /** Adds the text messages of @p side in @p thread. @p localTime may be null (no time patterns). */
    void addThread(const Corpus &corpus, const CorpusThread &thread, Side side,
                   const StyleOptions &options, bool countWords, TextAnalyzer &analyzer,
                   const LocalTime *localTime);

    /** Adds everything @p other collected. */
    void merge(const StyleAccumulator &other);

    [[nodiscard]] StyleProfile finish(const StyleOptions &options, bool withTime,
                                      bool withWords) const;

    [[nodiscard]] qint64 messages() const { return m_messages; }
    [[nodiscard]] double meanLength() const;

private:
    /** Hash for heterogeneous lookup: counting a word allocates only when it is new. */
    struct WordHash
    {
        using is_transparent = void;
        size_t operator()(std::u16string_view s) const noexcept
        {
            return std::hash<std::u16string_view>{}(s);
        }
    };
    using WordCounts = std::unordered_map<std::u16string, qint64, WordHash, std::equal_to<>>;

    void countWord(QStringView word);

    struct Burst
    {
        qint64 start = 0;
        double meanGap = 0;
    };

    qint64 m_messages = 0;
    double m_lengthSum = 0;
    LengthDistribution m_lengths;
    qint64 m_bursts = 0;
    qint64 m_burstMessages = 0;
    qint64 m_maxBurst = 0;
    std::vector<Burst> m_burstList;
    qint64 m_withEmoji = 0;
    qint64 m_emoji = 0;
    qint64 m_emojiStart = 0;
    qint64 m_emojiMiddle = 0;
    qint64 m_emojiEnd = 0;
    QHash<QString, qint64> m_emojiCounts;
    std::array<qint64, 24> m_hours{};
    std::array<qint64, 7> m_weekdays{};
    std::array<std::array<qint64, 24>, 7> m_weekdayHours{};
    std::map<int, qint64> m_months; ///< year * 12 + month - 1 → messages.
    qint64 m_monthDay = std::numeric_limits<qint64>::min(); ///< Day of m_monthKey (cache).
    int m_monthKey = 0;
    std::vector<qint64> m_burstSizes; ///< [n] = bursts of n messages.
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
    bool m_hasDays = false;
    std::vector<double> m_replyDelays;
    qint64 m_questions = 0;
    qint64 m_words = 0;
    WordCounts m_wordCounts;
    std::u16string m_lower; ///< Scratch buffer for countWord().
};

} // namespace idiolect
