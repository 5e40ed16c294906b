// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportBuilder.h"
#include "analysis/AnalysisJson.h"
#include "analysis/ConversationTypeClassifier.h"
#include "analysis/EpisodeSegmenter.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::test;

namespace {

/** One thread with messages at the given ms offsets; every second one is yours. */
TextLayerPtr timeline(const QList<qint64> &offsets, bool allYours = false)
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        if (allYours || i % 2 == 1)
            b.you(t, kT0 + offsets[i], u"reply number %1"_s.arg(i));
        else
            b.from(t, ann, kT0 + offsets[i], u"message number %1"_s.arg(i));
    }
    return b.layer();
}

std::vector<Episode> episodesOf(const Corpus &corpus, const EpisodeOptions &options)
{
    std::vector<Episode> out;
    EpisodeSegmenter::segment(corpus, 0, options, out);
    return out;
}

QList<int> sizes(const std::vector<Episode> &episodes)
{
    QList<int> out;
    for (const Episode &e : episodes)
        out.append(e.messageCount());
    return out;
}

} // namespace

class TestEpisodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gapThreshold();
    void minAndMaxLength_data();
    void minAndMaxLength();
    void requireYou();
    void idsAndParts();
    void metadata();
    void referenceF1Json();
    void conversationType_data();
    void conversationType();
};

void TestEpisodes::gapThreshold()
{
    // reference-behaviour §14.6 (3): 0, 30 min, 60 min + 1 ms, 61 min.
    const Corpus corpus = corpusOf(timeline({0, 30 * kMinute, 60 * kMinute + 1, 61 * kMinute}));
    EpisodeOptions options;
    options.minEpisodeLength = 2;
    const auto episodes = episodesOf(corpus, options);
    QCOMPARE(sizes(episodes), (QList<int>{2, 2}));
    const auto &m = corpus.threads()[0].messages;
    QCOMPARE(m[episodes[0].end - 1].time - m[episodes[0].begin].time, 30 * kMinute);
    options.timeGapMinutes = 29; // Now 30 min splits too; only the last pair stays together.
    QCOMPARE(sizes(episodesOf(corpus, options)), QList<int>{2});
    options.timeGapMinutes = 31;
    QCOMPARE(sizes(episodesOf(corpus, options)), (QList<int>{4}));
}

void TestEpisodes::minAndMaxLength_data()
{
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("shorter than min") << 2 << 3 << 100 << QList<int>{};
    QTest::newRow("exactly min") << 3 << 3 << 100 << QList<int>{3};
    QTest::newRow("exactly max") << 100 << 3 << 100 << QList<int>{100};
    QTest::newRow("max + 1: trailing chunk of 1 dropped") << 101 << 3 << 100 << QList<int>{100};
    QTest::newRow("split in three") << 250 << 3 << 100 << QList<int>{100, 100, 50};
    QTest::newRow("trailing chunk of exactly min kept") << 23 << 3 << 10 << QList<int>{10, 10, 3};
}

void TestEpisodes::minAndMaxLength()
{
    QFETCH(int, messages);
    QFETCH(int, minLength);
    QFETCH(int, maxLength);
    QFETCH(QList<int>, expected);
    QList<qint64> offsets;
    for (int i = 0; i < messages; ++i)
        offsets.append(i * kMinute);
    EpisodeOptions options;
    options.minEpisodeLength = minLength;
    options.maxEpisodeLength = maxLength;
    QCOMPARE(sizes(episodesOf(corpusOf(timeline(offsets)), options)), expected);
}

void TestEpisodes::requireYou()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    for (int i = 0; i < 4; ++i)
        b.from(t, ann, kT0 + i * kMinute, u"only Ann talks"_s);
    for (int i = 0; i < 4; ++i)
        b.from(t, ann, kT0 + kHour * 5 + i * kMinute, u"Ann again"_s);
    b.you(t, kT0 + kHour * 5 + 10 * kMinute, u"finally me"_s);
    const Corpus corpus = corpusOf(b.layer());
    EpisodeOptions options;
    QCOMPARE(sizes(episodesOf(corpus, options)), QList<int>{5});
    options.requireYou = false;
    QCOMPARE(sizes(episodesOf(corpus, options)), (QList<int>{4, 5}));
}

void TestEpisodes::idsAndParts()
{
    QList<qint64> offsets;
    for (int i = 0; i < 25; ++i)
        offsets.append(i * kMinute);
    const Corpus corpus = corpusOf(timeline(offsets));
    EpisodeOptions options;
    options.maxEpisodeLength = 10;
    const auto episodes = episodesOf(corpus, options);
    QCOMPARE(episodes.size(), size_t(3));
    QStringList ids;
    for (const Episode &e : episodes) {
        ids.append(EpisodeSegmenter::episodeId(corpus, e));
        QCOMPARE(e.partCount, 3);
    }
    // Message ids start at 1; every part names the first message of the whole episode.
    QCOMPARE(ids, (QStringList{u"ep_100_1_1"_s, u"ep_100_1_2"_s, u"ep_100_1_3"_s}));
    options.maxEpisodeLength = 100;
    QCOMPARE(EpisodeSegmenter::episodeId(corpus, episodesOf(corpus, options)[0]), u"ep_100_1"_s);
}

void TestEpisodes::metadata()
{
    // Ann 0 s, you 30 s, you 40 s, Ann 100 s: speaker changes after 30 s and 60 s.
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"are you there"_s);
    b.you(t, kT0 + 30 * kSecond, u"yes I am here"_s);
    b.you(t, kT0 + 40 * kSecond, u"what's up"_s);
    b.from(t, ann, kT0 + 100 * kSecond, u"nothing much"_s);
    const Corpus corpus = corpusOf(b.layer());
    const auto episodes = episodesOf(corpus, {});
    QCOMPARE(episodes.size(), size_t(1));
    QCOMPARE(episodes[0].yourMessages, qint64(2));
    QCOMPARE(episodes[0].avgResponseTime, 45.0);
    const QJsonObject json = AnalysisJson::episode(corpus, episodes[0]);
    const QJsonObject meta = json[u"metadata"_s].toObject();
    QCOMPARE(meta[u"duration_seconds"_s].toDouble(), 100.0);
    QCOMPARE(meta[u"message_count"_s].toInt(), 4);
    QCOMPARE(meta[u"initiated_by"_s].toString(), u"Ann"_s);
    QCOMPARE(meta[u"ended_by"_s].toString(), u"Ann"_s);
    QCOMPARE(meta[u"participant_turns"_s].toObject(), (QJsonObject{{u"Ann"_s, 2}, {u"You"_s, 2}}));
    QCOMPARE(
        meta[u"turn_pattern"_s].toArray(),
        (QJsonArray{QJsonArray{u"Ann"_s, 1}, QJsonArray{u"You"_s, 2}, QJsonArray{u"Ann"_s, 1}}));
    QCOMPARE(json[u"messages"_s].toArray().size(), 4);
}

void TestEpisodes::referenceF1Json()
{
    // reference-behaviour §14.1 (2): 10 alternating messages 2 minutes apart, you first.
    QList<qint64> offsets;
    for (int i = 0; i < 10; ++i)
        offsets.append(i * 2 * kMinute);
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    for (int i = 0; i < 10; ++i) {
        if (i % 2 == 0)
            b.you(t, kT0 + offsets[i], u"Message %1 from sender 2"_s.arg(i));
        else
            b.from(t, ann, kT0 + offsets[i], u"Message %1 from sender 3"_s.arg(i));
    }
    const Corpus corpus = corpusOf(b.layer());
    const auto episodes = episodesOf(corpus, {});
    QCOMPARE(episodes.size(), size_t(1));
    const QJsonObject meta = AnalysisJson::episode(corpus, episodes[0])[u"metadata"_s].toObject();
    QCOMPARE(meta[u"episode_length"_s].toInt(), 10);
    QCOMPARE(meta[u"duration_minutes"_s].toDouble(), 18.0);
    QCOMPARE(meta[u"your_message_count"_s].toInt(), 5);
    QCOMPARE(meta[u"initiated_by"_s].toString(), u"You"_s);
    QCOMPARE(meta[u"ended_by"_s].toString(), u"Ann"_s);
    QCOMPARE(meta[u"turn_pattern"_s].toArray().size(), 10);
}

void TestEpisodes::conversationType_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<int>("type");
    QTest::newRow("two planning cues")
        << QStringList{u"shall we meet tomorrow?"_s, u"sure"_s, u"7pm at the station"_s, u"ok"_s}
        << int(ConversationType::Planning);
    QTest::newRow("one cue is not enough")
        << QStringList{u"shall we meet?"_s, u"maybe"_s, u"ok"_s} << int(ConversationType::Chat);
    QTest::newRow("german cues") << QStringList{u"Treffen wir uns am Montag?"_s, u"ja"_s,
                                                u"um 8 Uhr"_s}
                                 << int(ConversationType::Planning);
    QTest::newRow("clock time 19:30") << QStringList{u"19:30 works"_s, u"and 20:00?"_s, u"fine"_s}
                                      << int(ConversationType::Planning);
    QTest::newRow("cue inside a word does not count")
        << QStringList{u"the meeting-room was nice"_s, u"whenever"_s, u"planet earth"_s}
        << int(ConversationType::Chat);
    QStringList longTexts;
    for (int i = 0; i < 10; ++i)
        longTexts.append(QString(70, u'x'));
    QTest::newRow("ten long messages") << longTexts << int(ConversationType::Discussion);
    QStringList questions;
    for (int i = 0; i < 10; ++i)
        questions.append(i < 3 ? u"why is that?"_s : u"I see it"_s);
    QTest::newRow("30% questions") << questions << int(ConversationType::Discussion);
    QStringList nine = longTexts.mid(0, 9);
    QTest::newRow("nine long messages are chat") << nine << int(ConversationType::Chat);
}

void TestEpisodes::conversationType()
{
    QFETCH(QStringList, texts);
    QFETCH(int, type);
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i % 2)
            b.you(t, kT0 + i * kMinute, texts[i]);
        else
            b.from(t, ann, kT0 + i * kMinute, texts[i]);
    }
    const Corpus corpus = corpusOf(b.layer());
    const auto episodes = episodesOf(corpus, {});
    QCOMPARE(episodes.size(), size_t(1));
    QCOMPARE(int(episodes[0].type), type);
}

QTEST_GUILESS_MAIN(TestEpisodes)
#include "tst_episodes.moc"
