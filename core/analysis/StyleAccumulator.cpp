// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StyleAccumulator.h"

#include "Corpus.h"
#include "LocalTime.h"
#include "StopWords.h"
#include "TextAnalyzer.h"

#include <QDate>
#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <utility>

namespace idiolect {

namespace {

constexpr int kVeryShortBelow = 10;
constexpr int kShortMax = 30;
constexpr int kMediumMax = 100;
constexpr int kLongMax = 200;
constexpr double kLengthyAbove = 100.0;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
/** Years the month chart covers; dates outside are corrupt (the importer flags them). */
constexpr std::pair<int, int> kMonthYears{1970, 2200};

void addLength(LengthDistribution &d, quint32 length)
{
    if (length < kVeryShortBelow)
        ++d.veryShort;
    else if (length <= kShortMax)
        ++d.shortCount;
    else if (length <= kMediumMax)
        ++d.medium;
    else if (length <= kLongMax)
        ++d.longCount;
    else
        ++d.veryLong;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return qQNaN();
    const double rank = p * double(sorted.size() - 1);
    const auto lo = size_t(std::floor(rank));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - double(lo));
}

/** Keys sorted by count (descending), then key (ascending); at most @p limit. */
QList<QPair<QString, qint64>> top(const QHash<QString, qint64> &counts, int limit)
{
    QList<QPair<QString, qint64>> all;
    all.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        all.append({it.key(), it.value()});
    const auto byCount = [](const QPair<QString, qint64> &a, const QPair<QString, qint64> &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    const qsizetype n = std::min<qsizetype>(std::max(limit, 0), all.size());
    std::partial_sort(all.begin(), all.begin() + n, all.end(), byCount);
    all.resize(n);
    return all;
}

template<size_t N>
QList<int> topBins(const std::array<qint64, N> &bins, int count)
{
    std::array<int, N> order{};
    for (size_t i = 0; i < N; ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return bins[size_t(a)] > bins[size_t(b)]; });
    QList<int> result;
    for (size_t i = 0; i < N && result.size() < count; ++i) {
        if (bins[size_t(order[i])] > 0)
            result.append(order[i]);
    }
    return result;
}

} // namespace

int ResponsePercentiles::bucketOf(double seconds)
{
    for (size_t i = 0; i + 1 < kUpperSeconds.size(); ++i) {
        if (seconds < double(kUpperSeconds[i]))
            return int(i);
    }
    return int(kUpperSeconds.size() - 1);
}

void StyleAccumulator::addThread(const Corpus &corpus, const CorpusThread &thread, Side side,
                                 const StyleOptions &options, bool countWords,
                                 TextAnalyzer &analyzer, const LocalTime *localTime)
{
    const auto &messages = thread.messages;
    const bool you = side == Side::You;
    const qint64 burstGapMs = qint64(options.burstGapSeconds) * 1000;
    const qint64 maxReplyMs = options.maxReplyDelaySeconds * 1000;

    size_t runStart = 0;
    size_t runLength = 0;
    const auto closeRun = [&](size_t end) {
        if (runLength >= 2) {
            ++m_bursts;
            m_burstMessages += qint64(runLength);
            m_maxBurst = std::max(m_maxBurst, qint64(runLength));
            if (m_burstSizes.size() <= runLength)
                m_burstSizes.resize(runLength + 1, 0);
            ++m_burstSizes[runLength];
            const double span = double(messages[end - 1].time - messages[runStart].time) / 1000.0;
            m_burstList.push_back({messages[runStart].time, span / double(runLength - 1)});
        }
        runLength = 0;
    };

    qsizetype previous = -1; // Last non-system message position.
    for (size_t pos = 0; pos < messages.size(); ++pos) {
        const CorpusMessage &m = messages[pos];
        if (m.is(CorpusFlag::IsSystem))
            continue;
        const bool mine = m.fromYou() == you;
        if (mine && previous >= 0 && messages[size_t(previous)].fromYou() != m.fromYou()) {
            const qint64 delay = m.time - messages[size_t(previous)].time;
            if (delay < maxReplyMs)
                m_replyDelays.push_back(double(delay) / 1000.0);
        }
        const bool continuesRun = runLength > 0 && previous >= 0 && size_t(previous) == pos - 1
            && messages[pos - 1].sender == m.sender && m.time - messages[pos - 1].time < burstGapMs;
        previous = qsizetype(pos);
        if (!mine || !m.is(CorpusFlag::IsText)) {
            closeRun(pos);
            continue;
        }
        if (!continuesRun) {
            closeRun(pos);
            runStart = pos;
        }
        ++runLength;

        ++m_messages;
        m_lengthSum += m.length;
        addLength(m_lengths, m.length);
        if (m.emoji > 0) {
            ++m_withEmoji;
            m_emoji += m.emoji;
            m_emojiStart += m.emojiAtStart;
            m_emojiMiddle += m.emojiInMiddle;
            m_emojiEnd += m.emojiAtEnd;
        }
        if (m.is(CorpusFlag::HasQuestion))
            ++m_questions;
        if (localTime) {
            const qint64 local = localTime->toLocal(m.time);
            const int hour = LocalTime::hour(local);
            const int weekday = LocalTime::weekday(local);
            ++m_hours[size_t(hour)];
            ++m_weekdays[size_t(weekday)];
            ++m_weekdayHours[size_t(weekday)][size_t(hour)];
            const qint64 day = LocalTime::day(local);
            if (day != m_monthDay) {
                const QDate date = QDate::fromJulianDay(day + kJulianDayOfEpoch);
                // A corrupt date (the importer warns) must not stretch the month chart over
                // millions of empty years: months outside kMonthYears are left out of it.
                m_monthKey = date.isValid() && date.year() >= kMonthYears.first
                        && date.year() <= kMonthYears.second
                    ? date.year() * 12 + date.month() - 1
                    : -1;
                m_monthDay = day;
            }
            if (m_monthKey >= 0)
                ++m_months[m_monthKey];
            m_firstDay = m_hasDays ? std::min(m_firstDay, day) : day;
            m_lastDay = m_hasDays ? std::max(m_lastDay, day) : day;
            m_hasDays = true;
        }
        if (countWords) {
            m_words += analyzer.words(corpus.text(m), [&](QStringView word, bool letters) {
                if (letters)
                    countWord(word);
            });
        }
    }
    closeRun(messages.size());

    for (const CorpusEmoji &e : thread.emoji) {
        const CorpusMessage &m = messages[e.position];
        if (m.fromYou() == you)
            ++m_emojiCounts[thread.emojiKeys[qsizetype(e.key)]];
    }
}

void StyleAccumulator::countWord(QStringView word)
{
    m_lower.resize(size_t(word.size()));
    bool ascii = true;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        ascii = ascii && c < 0x80;
        m_lower[size_t(i)] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    if (!ascii) {
        const QString lower = word.toString().toLower();
        m_lower.assign(reinterpret_cast<const char16_t *>(lower.utf16()), size_t(lower.size()));
    }
    const auto it = m_wordCounts.find(std::u16string_view(m_lower));
    if (it != m_wordCounts.end())
        ++it->second;
    else
        m_wordCounts.emplace(m_lower, 1);
}

void StyleAccumulator::merge(const StyleAccumulator &o)
{
    m_messages += o.m_messages;
    m_lengthSum += o.m_lengthSum;
    m_lengths.veryShort += o.m_lengths.veryShort;
    m_lengths.shortCount += o.m_lengths.shortCount;
    m_lengths.medium += o.m_lengths.medium;
    m_lengths.longCount += o.m_lengths.longCount;
    m_lengths.veryLong += o.m_lengths.veryLong;
    m_bursts += o.m_bursts;
    m_burstMessages += o.m_burstMessages;
    m_maxBurst = std::max(m_maxBurst, o.m_maxBurst);
    m_burstList.insert(m_burstList.end(), o.m_burstList.begin(), o.m_burstList.end());
    m_withEmoji += o.m_withEmoji;
    m_emoji += o.m_emoji;
    m_emojiStart += o.m_emojiStart;
    m_emojiMiddle += o.m_emojiMiddle;
    m_emojiEnd += o.m_emojiEnd;
    for (auto it = o.m_emojiCounts.cbegin(); it != o.m_emojiCounts.cend(); ++it)
        m_emojiCounts[it.key()] += it.value();
    for (size_t i = 0; i < m_hours.size(); ++i)
        m_hours[i] += o.m_hours[i];
    for (size_t i = 0; i < m_weekdays.size(); ++i) {
        m_weekdays[i] += o.m_weekdays[i];
        for (size_t h = 0; h < m_hours.size(); ++h)
            m_weekdayHours[i][h] += o.m_weekdayHours[i][h];
    }
    for (const auto &[month, count] : o.m_months)
        m_months[month] += count;
    if (m_burstSizes.size() < o.m_burstSizes.size())
        m_burstSizes.resize(o.m_burstSizes.size(), 0);
    for (size_t i = 0; i < o.m_burstSizes.size(); ++i)
        m_burstSizes[i] += o.m_burstSizes[i];
    if (o.m_hasDays) {
        m_firstDay = m_hasDays ? std::min(m_firstDay, o.m_firstDay) : o.m_firstDay;
        m_lastDay = m_hasDays ? std::max(m_lastDay, o.m_lastDay) : o.m_lastDay;
        m_hasDays = true;
    }
    m_replyDelays.insert(m_replyDelays.end(), o.m_replyDelays.begin(), o.m_replyDelays.end());
    m_questions += o.m_questions;
    m_words += o.m_words;
    for (const auto &[word, count] : o.m_wordCounts)
        m_wordCounts[word] += count;
}

double StyleAccumulator::meanLength() const
{
    return m_messages > 0 ? m_lengthSum / double(m_messages) : qQNaN();
}

StyleProfile StyleAccumulator::finish(const StyleOptions &options, bool withTime,
                                      bool withWords) const
{
    StyleProfile p;
    const auto n = double(m_messages);
    p.totalMessages = m_messages;
    p.avgMessageLength = meanLength();
    p.lengthDistribution = m_lengths;
    p.preferredLength = m_messages > 0 && p.avgMessageLength > kLengthyAbove
        ? QStringLiteral("lengthy")
        : QStringLiteral("concise");

    BurstPatterns &b = p.burstPatterns;
    b.totalBursts = m_bursts;
    b.avgBurstSize = m_bursts > 0 ? double(m_burstMessages) / double(m_bursts) : 0.0;
    b.burstFrequency = m_messages > 0 ? double(m_bursts) / n : 0.0;
    b.maxBurstSize = m_maxBurst;
    b.messagesInBursts = m_burstMessages;
    std::vector<Burst> bursts = m_burstList;
    std::stable_sort(bursts.begin(), bursts.end(),
                     [](const Burst &x, const Burst &y) { return x.start < y.start; });
    const size_t keep = std::min(bursts.size(), size_t(std::max(options.maxBurstIntervals, 0)));
    for (size_t i = bursts.size() - keep; i < bursts.size(); ++i)
        b.burstIntervals.push_back(bursts[i].meanGap);
    b.sizeCounts = m_burstSizes;

    EmojiUsage &e = p.emojiUsage;
    e.messagesWithEmojis = m_withEmoji;
    e.totalEmojis = m_emoji;
    e.emojiFrequency = m_messages > 0 ? double(m_withEmoji) / n : 0.0;
    e.topEmojis = top(m_emojiCounts, options.topEmojis);
    if (m_emoji > 0) {
        e.atStart = double(m_emojiStart) / double(m_emoji);
        e.inMiddle = double(m_emojiMiddle) / double(m_emoji);
        e.atEnd = double(m_emojiEnd) / double(m_emoji);
    }

    if (withTime) {
        TimePatterns t;
        t.hours = m_hours;
        t.weekdays = m_weekdays;
        t.mostActiveHours = topBins(m_hours, 3);
        t.mostActiveDays = topBins(m_weekdays, 2);
        t.avgMessagesPerDay = m_hasDays ? n / double(m_lastDay - m_firstDay + 1) : 0.0;
        std::vector<double> delays = m_replyDelays;
        std::sort(delays.begin(), delays.end());
        t.responseTimes.samples = qint64(delays.size());
        t.responseTimes.p50 = percentile(delays, 0.50);
        t.responseTimes.p75 = percentile(delays, 0.75);
        t.responseTimes.p90 = percentile(delays, 0.90);
        for (double d : delays)
            ++t.responseTimes.histogram[size_t(ResponsePercentiles::bucketOf(d))];
        t.weekdayHours = m_weekdayHours;
        if (!m_months.empty()) {
            for (int key = m_months.begin()->first; key <= m_months.rbegin()->first; ++key) {
                const auto it = m_months.find(key);
                t.months.push_back({key / 12, key % 12 + 1, it == m_months.end() ? 0 : it->second});
            }
        }
        t.timeZone = QString::fromUtf8(options.timeZone.id());
        p.timePatterns = t;
    }
    if (withWords) {
        Vocabulary v;
        v.uniqueWords = qint64(m_wordCounts.size());
        v.avgWordsPerMessage = m_messages > 0 ? double(m_words) / n : 0.0;
        const QSet<QString> stop = StopWords::resolve(options.stopWords);
        QHash<QString, qint64> words;
        words.reserve(qsizetype(m_wordCounts.size()));
        for (const auto &[word, count] : m_wordCounts) {
            const auto key = QString::fromUtf16(word.data(), qsizetype(word.size()));
            if (!stop.contains(key))
                words.insert(key, count);
        }
        v.mostCommonWords = top(words, options.topWords);
        v.questionFrequency = m_messages > 0 ? double(m_questions) / n : 0.0;
        p.vocabulary = v;
    }
    return p;
}

} // namespace idiolect
