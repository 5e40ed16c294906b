// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportBuilder.h"
#include "analysis/StyleAnalyzer.h"
#include "analysis/StyleJson.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::test;

namespace {

StyleAnalysis analyse(const TextLayerPtr &layer, StyleOptions options = {})
{
    if (!options.timeZone.isValid() || options.timeZone == QTimeZone::systemTimeZone())
        options.timeZone = QTimeZone("Europe/Berlin");
    const Corpus corpus = corpusOf(layer);
    auto result = StyleAnalyzer::analyze(corpus, options, {}, JobContext::detached());
    return std::move(*result);
}

/** Your messages only, one thread, one minute apart unless given. */
TextLayerPtr yours(const QStringList &texts, qint64 step = kMinute)
{
    ExportBuilder b;
    const int t = b.thread(b.person(u"Ann"_s));
    for (qsizetype i = 0; i < texts.size(); ++i)
        b.you(t, kT0 + i * step, texts[i]);
    return b.layer();
}

} // namespace

class TestStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lengthBuckets_data();
    void lengthBuckets();
    void preferredLength();
    void burstsReferenceF2();
    void burstsStayInThreadAndTurn();
    void emojiReference();
    void empty();
    void timePatternsAcrossDst();
    void responsePercentiles();
    void chartDistributions();
    void vocabulary();
    void partnerClassification_data();
    void partnerClassification();
    void partnerProfiles();
    void responderTraits();
    void jsonKeys();
};

void TestStyle::lengthBuckets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("bucket");
    QTest::newRow("9") << QString(9, u'a') << u"very_short"_s;
    QTest::newRow("10") << QString(10, u'a') << u"short"_s;
    QTest::newRow("30") << QString(30, u'a') << u"short"_s;
    QTest::newRow("31") << QString(31, u'a') << u"medium"_s;
    QTest::newRow("100") << QString(100, u'a') << u"medium"_s;
    QTest::newRow("101") << QString(101, u'a') << u"long"_s;
    QTest::newRow("200") << QString(200, u'a') << u"long"_s;
    QTest::newRow("201") << QString(201, u'a') << u"very_long"_s;
    // 10 emoji are 20 UTF-16 units but 10 user-perceived characters.
    QTest::newRow("10 emoji") << QString(u"\U0001F602"_s).repeated(10) << u"short"_s;
    QTest::newRow("9 flags") << QString(u"\U0001F1E9\U0001F1EA"_s).repeated(9) << u"very_short"_s;
}

void TestStyle::lengthBuckets()
{
    QFETCH(QString, text);
    QFETCH(QString, bucket);
    const StyleAnalysis a = analyse(yours({text}));
    const QJsonObject d
        = StyleJson::toJson(a.personal)[u"message_length_distribution"_s].toObject();
    for (const QString &key : d.keys())
        QCOMPARE(d[key].toInt(), key == bucket ? 1 : 0);
}

void TestStyle::preferredLength()
{
    QCOMPARE(analyse(yours({QString(100, u'a')})).personal.preferredLength, u"concise"_s);
    QCOMPARE(analyse(yours({QString(100, u'a'), QString(101, u'a')})).personal.preferredLength,
             u"lengthy"_s);
}

void TestStyle::burstsReferenceF2()
{
    // reference-behaviour §14.2: three messages 30 s apart, then three 10 minutes apart.
    ExportBuilder b;
    const int t = b.thread(b.person(u"Ann"_s));
    for (int i = 0; i < 3; ++i)
        b.you(t, kT0 + i * 30 * kSecond, u"Hey! Message %1 in burst \U0001F60A"_s.arg(i));
    for (int i = 0; i < 3; ++i)
        b.you(t, kT0 + (30 + 10 * i) * kMinute, QString(98, u'x'));
    const BurstPatterns bursts = analyse(b.layer()).personal.burstPatterns;
    QCOMPARE(bursts.totalBursts, qint64(1));
    QCOMPARE(bursts.avgBurstSize, 3.0);
    QCOMPARE(bursts.maxBurstSize, qint64(3));
    QCOMPARE(bursts.burstFrequency, 1.0 / 6.0);
    QCOMPARE(bursts.burstIntervals, std::vector<double>{30.0});
}

void TestStyle::burstsStayInThreadAndTurn()
{
    // reference-behaviour §14.6 (4): the reference finds one burst of 3 across threads
    // (0, 120 000, 239 999 ms and 240 000 ms elsewhere). Per thread only 120 000 → 239 999 is
    // below the 120 s threshold, so we find one burst of 2.
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int a = b.thread(ann);
    const int c = b.thread(b.person(u"Cem"_s));
    b.you(a, kT0, u"first message"_s);
    b.you(a, kT0 + 120'000, u"second message"_s);
    b.you(a, kT0 + 239'999, u"third message"_s);
    b.you(c, kT0 + 240'000, u"elsewhere"_s);
    BurstPatterns bursts = analyse(b.layer()).personal.burstPatterns;
    QCOMPARE(bursts.totalBursts, qint64(1));
    QCOMPARE(bursts.maxBurstSize, qint64(2));
    QCOMPARE(bursts.burstFrequency, 0.25);

    // A partner message in between ends the burst.
    ExportBuilder b2;
    const qint64 bob = b2.person(u"Bob"_s);
    const int t = b2.thread(bob);
    b2.you(t, kT0, u"one"_s);
    b2.from(t, bob, kT0 + 5 * kSecond, u"hm"_s);
    b2.you(t, kT0 + 10 * kSecond, u"two"_s);
    QCOMPARE(analyse(b2.layer()).personal.burstPatterns.totalBursts, qint64(0));
}

void TestStyle::emojiReference()
{
    // reference-behaviour §14.6 (7): the reference counts 😂 and the CJK text, not 🤔.
    const StyleAnalysis a
        = analyse(yours({u"hello world \U0001F602"_s, u"\u4F60\u597D\u4F60\u597D\u4F60\u597D"_s,
                         u"thinking \U0001F914\U0001F914"_s}));
    const EmojiUsage &e = a.personal.emojiUsage;
    QCOMPARE(e.messagesWithEmojis, qint64(2));
    QCOMPARE(e.emojiFrequency, 2.0 / 3.0);
    QCOMPARE(e.totalEmojis, qint64(3));
    QCOMPARE(e.usageRate(3), u"66.7%"_s);
    QCOMPARE(e.topEmojis.size(), 2);
    QCOMPARE(e.topEmojis[0], (QPair<QString, qint64>{u"\U0001F914"_s, 2}));
    QCOMPARE(e.topEmojis[1], (QPair<QString, qint64>{u"\U0001F602"_s, 1}));
    QCOMPARE(e.atEnd, 1.0);
}

void TestStyle::empty()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    b.from(b.thread(ann), ann, kT0, u"only the partner writes"_s);
    const StyleAnalysis a = analyse(b.layer());
    QVERIFY(std::isnan(a.personal.avgMessageLength));
    const QJsonObject json = StyleJson::toJson(a.personal);
    QVERIFY(json[u"avg_message_length"_s].isNull());
    QCOMPARE(json[u"preferred_length"_s].toString(), u"concise"_s);
    QCOMPARE(json[u"emoji_usage"_s][u"emoji_usage_rate"_s].toString(), u"0%"_s);
    QCOMPARE(json[u"burst_patterns"_s][u"avg_burst_size"_s].toDouble(), 0.0);
    QCOMPARE(json[u"total_messages"_s].toInt(), 0);
}

void TestStyle::timePatternsAcrossDst()
{
    // Europe/Berlin switches to summer time on 2024-03-31 at 01:00 UTC.
    ExportBuilder b;
    const int t = b.thread(b.person(u"Ann"_s));
    b.you(t, utc("2024-03-30T20:30:00Z"), u"saturday night"_s); // 21:30 CET, Saturday
    b.you(t, utc("2024-03-31T20:30:00Z"), u"sunday night"_s); // 22:30 CEST, Sunday
    b.you(t, utc("2024-03-31T20:40:00Z"), u"sunday night again"_s); // 22:40 CEST
    b.you(t, utc("2024-03-31T22:30:00Z"), u"after midnight"_s); // 00:30 Monday
    const TimePatterns time = *analyse(b.layer()).personal.timePatterns;
    QCOMPARE(time.hours[21], qint64(1));
    QCOMPARE(time.hours[22], qint64(2));
    QCOMPARE(time.hours[0], qint64(1));
    QCOMPARE(time.hours[20], qint64(0));
    QCOMPARE(time.mostActiveHours, (QList<int>{22, 0, 21}));
    QCOMPARE(time.weekdays[5], qint64(1));
    QCOMPARE(time.weekdays[6], qint64(2));
    QCOMPARE(time.weekdays[0], qint64(1));
    QCOMPARE(time.mostActiveDays, (QList<int>{6, 0}));
    // Local calendar days Saturday to Monday: 3 days, 4 messages.
    QCOMPARE(time.avgMessagesPerDay, 4.0 / 3.0);
    QCOMPARE(time.timeZone, u"Europe/Berlin"_s);

    StyleOptions utcOptions;
    utcOptions.timeZone = QTimeZone::utc();
    const TimePatterns inUtc = *analyse(b.layer(), utcOptions).personal.timePatterns;
    QCOMPARE(inUtc.hours[20], qint64(3));
    QCOMPARE(inUtc.avgMessagesPerDay, 2.0);
}

void TestStyle::responsePercentiles()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    qint64 now = kT0;
    for (int delay : {10, 20, 30, 40}) {
        b.from(t, ann, now, u"question"_s);
        b.you(t, now + delay * kSecond, u"answer"_s);
        b.you(t, now + delay * kSecond + kSecond, u"not a reply: follows my own message"_s);
        now += kHour;
    }
    b.from(t, ann, now, u"late question"_s);
    b.you(t, now + 25 * kHour, u"a day later is not a reply"_s);
    const ResponsePercentiles p = analyse(b.layer()).personal.timePatterns->responseTimes;
    QCOMPARE(p.samples, qint64(4));
    QCOMPARE(p.p50, 25.0);
    QCOMPARE(p.p75, 32.5);
    QCOMPARE(p.p90, 37.0);
}

void TestStyle::chartDistributions()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    // January: a burst of three (Mon 2024-01-01 10:00, 10:00:30, 10:01 UTC = 11:00 Berlin).
    b.you(t, utc("2024-01-01T10:00:00Z"), u"one"_s);
    b.you(t, utc("2024-01-01T10:00:30Z"), u"two"_s);
    b.you(t, utc("2024-01-01T10:01:00Z"), u"three"_s);
    // March: Ann asks, you answer after 2 minutes and after 2 hours (separate turns).
    b.from(t, ann, utc("2024-03-05T18:00:00Z"), u"question?"_s);
    b.you(t, utc("2024-03-05T18:02:00Z"), u"fast reply"_s); // Tuesday 19:02 Berlin
    b.from(t, ann, utc("2024-03-05T20:00:00Z"), u"another"_s);
    b.you(t, utc("2024-03-05T22:00:00Z"), u"slow reply"_s); // Tuesday 23:00 Berlin
    b.you(t, utc("2024-03-05T22:00:10Z"), u"and a burst of two"_s);
    const StyleAnalysis a = analyse(b.layer());
    const TimePatterns &time = *a.personal.timePatterns;

    QCOMPARE(time.weekdayHours[0][11], qint64(3));
    QCOMPARE(time.weekdayHours[1][19], qint64(1));
    QCOMPARE(time.weekdayHours[1][23], qint64(2));
    qint64 cells = 0;
    for (int d = 0; d < 7; ++d) {
        qint64 row = 0;
        for (qint64 c : time.weekdayHours[size_t(d)])
            row += c;
        QCOMPARE(row, time.weekdays[size_t(d)]);
        cells += row;
    }
    QCOMPARE(cells, a.personal.totalMessages);

    // Every month from January to March, February empty.
    const std::vector<MonthCount> months{{2024, 1, 3}, {2024, 2, 0}, {2024, 3, 3}};
    QCOMPARE(time.months, months);

    const std::array<qint64, 7> histogram{0, 1, 0, 0, 1, 0, 0};
    QCOMPARE(time.responseTimes.histogram, histogram);
    QCOMPARE(time.responseTimes.samples, qint64(2));
    QCOMPARE(ResponsePercentiles::bucketOf(59.9), 0);
    QCOMPARE(ResponsePercentiles::bucketOf(60), 1);
    QCOMPARE(ResponsePercentiles::bucketOf(23 * 3600), 6);

    const BurstPatterns &bursts = a.personal.burstPatterns;
    QCOMPARE(bursts.totalBursts, qint64(2));
    QCOMPARE(bursts.sizeCounts, (std::vector<qint64>{0, 0, 1, 1}));

    // Partner profiles get the same distributions for their side.
    QCOMPARE(a.partners.size(), size_t(1));
    QCOMPARE(a.partners[0].partner.timePatterns->weekdayHours[1][19], qint64(1));
    QCOMPARE(a.partners[0].partner.timePatterns->weekdayHours[1][21], qint64(1));
    QCOMPARE(a.partners[0].you.timePatterns->months, months);
}

void TestStyle::vocabulary()
{
    const StyleAnalysis a = analyse(yours({u"The cat and the Cat?"_s, u"the dog likes cats"_s,
                                           u"CAT dog https://cat.example/cat"_s}));
    const Vocabulary &v = *a.personal.vocabulary;
    // cat×3 (case folded, URL skipped), the×3, dog×2, and, likes, cats.
    QCOMPARE(v.uniqueWords, qint64(6));
    QCOMPARE(v.avgWordsPerMessage, (5.0 + 4.0 + 2.0) / 3.0);
    QCOMPARE(v.mostCommonWords.first(), (QPair<QString, qint64>{u"cat"_s, 3}));
    QCOMPARE(v.mostCommonWords[1], (QPair<QString, qint64>{u"dog"_s, 2}));
    for (const auto &w : v.mostCommonWords)
        QVERIFY(w.first != u"the"_s && w.first != u"and"_s);
    QCOMPARE(v.questionFrequency, 1.0 / 3.0);
}

void TestStyle::partnerClassification_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<qint64>("gapMs");
    QTest::addColumn<QString>("style");
    QTest::newRow("lengthy") << QStringList{QString(150, u'a'), QString(120, u'b')} << kHour
                             << u"lengthy_texter"_s;
    QTest::newRow("concise") << QStringList{u"ok"_s, u"yes sure"_s, u"fine"_s} << kHour
                             << u"concise_texter"_s;
    QTest::newRow("burst") << QStringList{QString(40, u'a'), QString(40, u'b'), QString(40, u'c')}
                           << 10 * kSecond << u"burst_texter"_s;
    QTest::newRow("emoji") << QStringList{QString(40, u'a') + u"\U0001F602"_s,
                                          QString(40, u'b') + u"\U0001F602"_s, QString(40, u'c')}
                           << kHour << u"emoji_lover"_s;
    QTest::newRow("balanced") << QStringList{QString(50, u'a'), QString(60, u'b')} << kHour
                              << u"balanced"_s;
}

void TestStyle::partnerClassification()
{
    QFETCH(QStringList, texts);
    QFETCH(qint64, gapMs);
    QFETCH(QString, style);
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.you(t, kT0 - kHour, u"hello there"_s);
    for (qsizetype i = 0; i < texts.size(); ++i)
        b.from(t, ann, kT0 + i * gapMs, texts[i]);
    const StyleAnalysis a = analyse(b.layer());
    QCOMPARE(a.partners.size(), size_t(1));
    QCOMPARE(partnerStyleName(a.partners[0].style), style);
    QVERIFY(a.partners[0].traits.contains(style) || style == u"balanced"_s);
}

void TestStyle::partnerProfiles()
{
    // You write 20 characters overall; 60 with Ann, whose mean is 100.
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const qint64 bob = b.person(u"Bob"_s);
    const int ta = b.thread(ann);
    const int tb = b.thread(bob);
    for (int i = 0; i < 6; ++i) {
        b.from(ta, ann, kT0 + i * kHour, QString(100, u'a'));
        b.you(ta, kT0 + i * kHour + 30 * kSecond, QString(60, u'y'));
        b.from(tb, bob, kT0 + i * kHour, QString(10, u'b'));
        b.you(tb, kT0 + i * kHour + 20 * kSecond, QString(20, u'z'));
        b.you(tb, kT0 + i * kHour + 25 * kSecond, QString(20, u'z'));
        b.you(tb, kT0 + i * kHour + 26 * kSecond, QString(20, u'z'));
        b.you(tb, kT0 + i * kHour + 27 * kSecond, QString(20, u'z'));
        b.you(tb, kT0 + i * kHour + 28 * kSecond, QString(20, u'z'));
    }
    const StyleAnalysis a = analyse(b.layer());
    QCOMPARE(a.personal.avgMessageLength, (6 * 60.0 + 30 * 20.0) / 36.0);
    QCOMPARE(a.partners.size(), size_t(2));
    const PartnerProfile &pa = a.partners[0];
    QCOMPARE(pa.name, u"Ann"_s);
    QCOMPARE(pa.partner.avgMessageLength, 100.0);
    QCOMPARE(pa.you.avgMessageLength, 60.0);
    const double y = a.personal.avgMessageLength;
    QCOMPARE(pa.styleDifference, (100.0 - y) / 100.0);
    QCOMPARE(pa.adaptationLevel, (60.0 - y) / (100.0 - y));
    const PartnerProfile &pb = a.partners[1];
    QCOMPARE(pb.style, PartnerStyle::ConciseTexter);
    // With Bob (mean 10) you write 20 instead of your usual y: 40 % of the way towards him.
    QCOMPARE(pb.adaptationLevel, (20.0 - y) / (10.0 - y));
    QVERIFY(std::abs(pb.adaptationLevel - 0.4) < 1e-9);
    QVERIFY(!pa.traits.contains(u"rapid_responder"_s));
}

void TestStyle::responderTraits()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const qint64 bob = b.person(u"Bob"_s);
    const int ta = b.thread(ann);
    const int tb = b.thread(bob);
    for (int i = 0; i < 5; ++i) {
        b.you(ta, kT0 + i * 3 * kHour, u"ping Ann"_s);
        b.from(ta, ann, kT0 + i * 3 * kHour + 10 * kSecond, u"pong"_s);
        b.you(tb, kT0 + i * 3 * kHour, u"ping Bob"_s);
        b.from(tb, bob, kT0 + i * 3 * kHour + 2 * kHour, u"pong"_s);
    }
    const StyleAnalysis a = analyse(b.layer());
    QVERIFY(a.partners[0].traits.contains(u"rapid_responder"_s));
    QVERIFY(a.partners[1].traits.contains(u"slow_responder"_s));
    // Four replies are too few to call anyone anything.
    ExportBuilder c;
    const qint64 cem = c.person(u"Cem"_s);
    const int tc = c.thread(cem);
    for (int i = 0; i < 4; ++i) {
        c.you(tc, kT0 + i * kHour, u"ping"_s);
        c.from(tc, cem, kT0 + i * kHour + kSecond, u"pong"_s);
    }
    QVERIFY(!analyse(c.layer()).partners[0].traits.contains(u"rapid_responder"_s));
}

void TestStyle::jsonKeys()
{
    const QJsonObject json = StyleJson::toJson(analyse(yours({u"hello \U0001F602"_s})).personal);
    QStringList keys = json.keys();
    QCOMPARE(keys,
             (QStringList{u"avg_message_length"_s, u"burst_patterns"_s, u"emoji_usage"_s,
                          u"message_length_distribution"_s, u"preferred_length"_s,
                          u"time_patterns"_s, u"total_messages"_s, u"vocabulary"_s}));
    for (const char *key :
         {"total_bursts", "avg_burst_size", "burst_frequency", "max_burst_size", "burst_intervals"})
        QVERIFY2(json[u"burst_patterns"_s].toObject().contains(QLatin1String(key)), key);
    for (const char *key : {"emoji_frequency", "messages_with_emojis", "emoji_usage_rate",
                            "top_emojis", "emoji_positions"})
        QVERIFY2(json[u"emoji_usage"_s].toObject().contains(QLatin1String(key)), key);
    for (const char *key : {"most_active_hours", "most_active_days", "avg_messages_per_day",
                            "response_time_percentiles"})
        QVERIFY2(json[u"time_patterns"_s].toObject().contains(QLatin1String(key)), key);
    for (const char *key :
         {"unique_words", "avg_words_per_message", "most_common_words", "question_frequency"})
        QVERIFY2(json[u"vocabulary"_s].toObject().contains(QLatin1String(key)), key);
    QCOMPARE(json[u"emoji_usage"_s][u"top_emojis"_s].toArray(), QJsonArray{u"\U0001F602"_s});
    QCOMPARE(json[u"emoji_usage"_s][u"emoji_positions"_s].toObject(),
             (QJsonObject{{u"start"_s, 0.0}, {u"middle"_s, 0.0}, {u"end"_s, 1.0}}));
}

QTEST_GUILESS_MAIN(TestStyle)
#include "tst_style.moc"
