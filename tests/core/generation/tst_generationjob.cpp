// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportBuilder.h"
#include "generation/ExampleId.h"
#include "generation/GenerationJob.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::test;

namespace {

/**
 * Three 1:1 chats and a group over two days around the Berlin DST change,
 * with a blocked contact and a blocked group member.
 */
TextLayerPtr world()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const qint64 bob = b.person(u"Bob"_s);
    const qint64 eve = b.person(u"Eve"_s, true);
    const int ta = b.thread(ann);
    const int tb = b.thread(bob);
    const int te = b.thread(eve);
    const int tg = b.thread(b.group(u"Crew"_s, {ann, eve}));
    const qint64 day1 = utc("2024-03-30T10:00:00Z");
    const qint64 day2 = utc("2024-03-31T10:00:00Z");
    for (qint64 start : {day1, day2}) {
        for (int i = 0; i < 12; ++i) {
            const qint64 at = start + i * 3 * kMinute;
            b.from(ta, ann, at, u"Ann says %1, what do you think?"_s.arg(i));
            b.you(ta, at + 30 * kSecond, u"I think %1 is right"_s.arg(i));
            b.you(ta, at + 50 * kSecond, u"and also something else entirely %1"_s.arg(i));
            b.from(tb, bob, at, u"Bob here %1"_s.arg(i));
            b.you(tb, at + 20 * kSecond, u"hello Bob number %1"_s.arg(i));
            b.from(te, eve, at, u"Eve writes %1"_s.arg(i));
            b.you(te, at + 20 * kSecond, u"hi Eve, number %1"_s.arg(i));
            b.from(tg, eve, at, u"Eve in the group %1"_s.arg(i));
            b.from(tg, ann, at + kSecond, u"Ann in the group %1"_s.arg(i));
            b.you(tg, at + 10 * kSecond, u"me in the group %1"_s.arg(i));
        }
    }
    b.message(ta, day2 + kHour, ann, QString(), MessageKind::Call);
    return b.layer();
}

GenerationParams params(const TextLayerPtr &layer)
{
    GenerationParams p;
    p.layer = layer;
    p.options.strategies = {kAllStrategies.begin(), kAllStrategies.end()};
    p.options.style.timeZone = QTimeZone("Europe/Berlin");
    return p;
}

QSet<qint64> threadIds(const GenerationResult &r)
{
    QSet<qint64> ids;
    for (const Example &e : r.examples)
        ids.insert(e.threadId);
    return ids;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGenerationJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleIdTextRoundTrips();
    void summary();
    void deterministic();
    void seedChangesSample();
    void shuffle();
    void partnerFilter_data();
    void partnerFilter();
    void unknownPartner();
    void dateRange();
    void excludeBlocked();
    void systemMessages();
    void progressAndCancel();
    void writesAndSummarises();
};

void TestGenerationJob::exampleIdTextRoundTrips()
{
    // 16 lowercase hex digits, as QString::number(id, 16) padded with zeros; read back
    // exactly, in either case; anything else reads as 0 (no id).
    QRandomGenerator random(42);
    QList<quint64> ids = {1, 0xF, 0x10, 0xFFFFFFFFFFFFFFFFull, 0x8000000000000000ull};
    for (int i = 0; i < 20000; ++i)
        ids.append(random.generate64() >> (i % 64));
    for (quint64 id : ids) {
        const QString text = ExampleId::toString(id);
        QCOMPARE(text, QString::number(id, 16).rightJustified(16, u'0'));
        QCOMPARE(ExampleId::fromString(text), id);
        QCOMPARE(ExampleId::fromString(text.toUpper()), id);
    }
    for (const QString &bad : {u""_s, u"123"_s, u"00000000000000001"_s, u"000000000000000g"_s,
                               u"-000000000000001"_s, u"00000000 0000001"_s})
        QCOMPARE(ExampleId::fromString(bad), 0u);
}

void TestGenerationJob::summary()
{
    auto result = GenerationJob::run(params(world()), JobContext::detached());
    QVERIFY(result);
    const GenerationSummary &s = result->summary;
    QCOMPARE(s.totalExamples, qint64(result->examples.size()));
    qint64 byType = 0;
    for (qint64 v : s.examplesByType)
        byType += v;
    QCOMPARE(byType, s.totalExamples);
    QCOMPARE(s.examplesByStrategy.value(u"conversational"_s),
             s.examplesByType.value(u"conversation_window"_s));
    QCOMPARE(s.threads, qint64(4));
    QCOMPARE(s.messagesRead, qint64(2 * 12 * 10 + 1));
    QCOMPARE(s.messagesAfterFilters, qint64(2 * 12 * 10)); // The call is left out.
    QVERIFY(s.windows > 0 && s.episodes > 0);
    QVERIFY(s.examplesGenerated >= s.totalExamples);
    QCOMPARE(result->style.personal.totalMessages, qint64(2 * 12 * 5));
    QCOMPARE(result->style.partners.size(), size_t(4));
    QVERIFY(!result->written);
    QStringList stages;
    for (const auto &stage : s.stageSeconds)
        stages.append(stage.first);
    QCOMPARE(stages,
             (QStringList{u"corpus"_s, u"episodes"_s, u"style"_s, u"strategies"_s, u"sampling"_s}));
    const QJsonObject json = s.toJson({});
    for (const char *key :
         {"total_examples", "examples_by_type", "examples_by_strategy", "style_analysis",
          "output_path", "processing_time", "enhanced_messages"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
}

void TestGenerationJob::deterministic()
{
    QTemporaryDir dir;
    const TextLayerPtr layer = world();
    QByteArray previous;
    for (int i = 0; i < 3; ++i) {
        GenerationParams p = params(layer);
        p.options.maxExamples = 40;
        p.output = DatasetWriteOptions();
        p.output->path = dir.filePath(u"run%1.jsonl"_s.arg(i));
        p.output->metadata = MetadataLevel::Full;
        p.output->createdAt = QDateTime::fromString(u"2024-01-01T00:00:00Z"_s, Qt::ISODate);
        auto result = GenerationJob::run(p, JobContext::detached());
        QVERIFY(result);
        QCOMPARE(result->summary.totalExamples, qint64(40));
        const QByteArray bytes = readAll(p.output->path);
        QVERIFY(!bytes.isEmpty());
        if (i > 0)
            QCOMPARE(bytes, previous);
        previous = bytes;
    }
}

void TestGenerationJob::seedChangesSample()
{
    const TextLayerPtr layer = world();
    GenerationParams p = params(layer);
    p.options.maxExamples = 30;
    auto a = GenerationJob::run(p, JobContext::detached());
    p.options.seed = 1234;
    auto b = GenerationJob::run(p, JobContext::detached());
    QSet<quint64> ia;
    QSet<quint64> ib;
    for (const Example &e : a->examples)
        ia.insert(e.id);
    for (const Example &e : b->examples)
        ib.insert(e.id);
    QCOMPARE(ia.size(), 30);
    QCOMPARE(ib.size(), 30);
    QVERIFY(ia != ib);
}

void TestGenerationJob::shuffle()
{
    GenerationParams p = params(world());
    auto ordered = GenerationJob::run(p, JobContext::detached());
    p.options.preserveOrder = false;
    auto shuffled = GenerationJob::run(p, JobContext::detached());
    auto again = GenerationJob::run(p, JobContext::detached());
    QCOMPARE(shuffled->examples.size(), ordered->examples.size());
    bool differs = false;
    for (size_t i = 0; i < shuffled->examples.size(); ++i) {
        QCOMPARE(shuffled->examples[i].id, again->examples[i].id);
        differs = differs || shuffled->examples[i].id != ordered->examples[i].id;
    }
    QVERIFY(differs);
    for (size_t i = 1; i < ordered->examples.size(); ++i)
        QVERIFY(ordered->examples[i].corpusThread >= ordered->examples[i - 1].corpusThread);
}

void TestGenerationJob::partnerFilter_data()
{
    QTest::addColumn<QStringList>("partners");
    QTest::addColumn<QList<qint64>>("threads");
    QTest::newRow("by name") << QStringList{u"ann"_s} << QList<qint64>{100};
    QTest::newRow("by thread id") << QStringList{u"101"_s} << QList<qint64>{101};
    QTest::newRow("group by title") << QStringList{u"Crew"_s} << QList<qint64>{103};
    QTest::newRow("two") << QStringList{u"Ann"_s, u"101"_s} << QList<qint64>{100, 101};
}

void TestGenerationJob::partnerFilter()
{
    QFETCH(QStringList, partners);
    QFETCH(QList<qint64>, threads);
    GenerationParams p = params(world());
    p.options.filters.partners = partners;
    auto result = GenerationJob::run(p, JobContext::detached());
    QVERIFY(result);
    QCOMPARE(threadIds(*result), QSet<qint64>(threads.begin(), threads.end()));
}

void TestGenerationJob::unknownPartner()
{
    GenerationParams p = params(world());
    p.options.filters.partners = {u"Ann"_s, u"Zed"_s};
    auto result = GenerationJob::run(p, JobContext::detached());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidValue);
    QVERIFY(result.error().message.contains(u"2 of 2"_s));
    QVERIFY(!result.error().message.contains(u"Zed"_s)); // Never echo names.
}

void TestGenerationJob::dateRange()
{
    // Berlin days: 2024-03-30 (CET) and 2024-03-31 (CEST). --to is exclusive.
    GenerationParams p = params(world());
    p.options.filters.to = QDate(2024, 3, 31);
    auto first = GenerationJob::run(p, JobContext::detached());
    QCOMPARE(first->summary.messagesAfterFilters, qint64(12 * 10));
    p.options.filters.to.reset();
    p.options.filters.from = QDate(2024, 3, 31);
    auto second = GenerationJob::run(p, JobContext::detached());
    QCOMPARE(second->summary.messagesAfterFilters, qint64(12 * 10));
    p.options.filters.to = QDate(2024, 3, 31);
    auto empty = GenerationJob::run(p, JobContext::detached());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::InvalidValue);
}

void TestGenerationJob::excludeBlocked()
{
    GenerationParams p = params(world());
    p.options.filters.excludeBlocked = true;
    auto result = GenerationJob::run(p, JobContext::detached());
    QVERIFY(result);
    QCOMPARE(threadIds(*result), (QSet<qint64>{100, 101, 103}));
    // Eve's group messages are gone, Ann's stay.
    QCOMPARE(result->summary.messagesAfterFilters, qint64(2 * 12 * 10 - 2 * 12 * 2 - 2 * 12));
}

void TestGenerationJob::systemMessages()
{
    GenerationParams p = params(world());
    p.options.includeSystemMessages = true;
    auto result = GenerationJob::run(p, JobContext::detached());
    QCOMPARE(result->summary.messagesAfterFilters, qint64(2 * 12 * 10 + 1));
}

void TestGenerationJob::progressAndCancel()
{
    const TextLayerPtr layer = world();
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    bool monotonic = true;
    JobContext job([&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= lastDone;
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY(GenerationJob::run(params(layer), job));
    QVERIFY(monotonic);
    QCOMPARE(lastDone, qint64(1000));
    QCOMPARE(lastTotal, qint64(1000));

    JobContext canceled;
    canceled.cancel();
    auto result = GenerationJob::run(params(layer), canceled);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Canceled);

    JobContext midway;
    midway.setCallback([&](qint64 done, qint64) {
        if (done > 300)
            midway.cancel();
    });
    QTemporaryDir dir;
    GenerationParams p = params(layer);
    p.output = DatasetWriteOptions();
    p.output->path = dir.filePath(u"never.jsonl"_s);
    result = GenerationJob::run(p, midway);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Canceled);
    QVERIFY(!QFile::exists(p.output->path));
}

void TestGenerationJob::writesAndSummarises()
{
    QTemporaryDir dir;
    GenerationParams p = params(world());
    p.enhancedMessages = 7;
    p.output = DatasetWriteOptions();
    p.output->path = dir.filePath(u"data.jsonl"_s);
    auto result = GenerationJob::run(p, JobContext::detached());
    QVERIFY(result);
    QVERIFY(result->written);
    QCOMPARE(result->summary.outputPath, p.output->path);
    QCOMPARE(result->summary.enhancedMessages, qint64(7));
    QCOMPARE(result->written->written, result->summary.totalExamples);
    QVERIFY(QFile::exists(dir.filePath(u"data.style.json"_s)));
    QCOMPARE(result->summary.stageSeconds.last().first, u"write"_s);
}

QTEST_GUILESS_MAIN(TestGenerationJob)
#include "tst_generationjob.moc"
