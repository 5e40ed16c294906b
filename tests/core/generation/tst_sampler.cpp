// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generation/ExampleSampler.h"

#include <QSet>
#include <QTest>

using namespace idiolect;

namespace {

/** @p count examples of @p type in corpus thread @p thread (ids encode all three). */
void add(std::vector<Example> &out, ExampleType type, quint32 thread, int count)
{
    for (int i = 0; i < count; ++i) {
        Example e;
        e.type = type;
        e.corpusThread = thread;
        e.threadId = 100 + thread;
        e.order = quint32(i);
        e.id = (quint64(type) << 40) | (quint64(thread) << 20) | quint64(i);
        out.push_back(e);
    }
}

QMap<int, int> countByType(const std::vector<Example> &examples)
{
    QMap<int, int> counts;
    for (const Example &e : examples)
        ++counts[int(e.type)];
    return counts;
}

QSet<quint64> ids(const std::vector<Example> &examples)
{
    QSet<quint64> out;
    for (const Example &e : examples)
        out.insert(e.id);
    return out;
}

} // namespace

class TestSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waterFill_data();
    void waterFill();
    void proportional_data();
    void proportional();
    void balance();
    void maxExamplesBalanced();
    void maxExamplesProportional();
    void fairAcrossThreads();
    void seeded();
    void otherThreadsDoNotReshuffle();
    void keepsInputOrder();
    void sortAndShuffle();
};

void TestSampler::waterFill_data()
{
    QTest::addColumn<QList<qint64>>("caps");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("even") << QList<qint64>{10, 10, 10} << qint64(9) << QList<qint64>{3, 3, 3};
    QTest::newRow("small item leaves its share")
        << QList<qint64>{10, 2, 5} << qint64(9) << QList<qint64>{4, 2, 3};
    QTest::newRow("budget above total") << QList<qint64>{1, 2} << qint64(10) << QList<qint64>{1, 2};
    QTest::newRow("zero budget") << QList<qint64>{4, 4} << qint64(0) << QList<qint64>{0, 0};
    QTest::newRow("remainder to the earliest")
        << QList<qint64>{5, 5, 5} << qint64(4) << QList<qint64>{2, 1, 1};
    QTest::newRow("empty capacities skipped")
        << QList<qint64>{0, 7, 0, 7} << qint64(6) << QList<qint64>{0, 3, 0, 3};
}

void TestSampler::waterFill()
{
    QFETCH(QList<qint64>, caps);
    QFETCH(qint64, budget);
    QFETCH(QList<qint64>, expected);
    const auto result = ExampleSampler::waterFill({caps.begin(), caps.end()}, budget);
    QCOMPARE(QList<qint64>(result.begin(), result.end()), expected);
}

void TestSampler::proportional_data()
{
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("ties go to the earlier")
        << QList<qint64>{6, 3, 1} << qint64(5) << QList<qint64>{3, 2, 0};
    QTest::newRow("largest remainder")
        << QList<qint64>{7, 2, 1} << qint64(5) << QList<qint64>{4, 1, 0};
    QTest::newRow("fits") << QList<qint64>{1, 1} << qint64(5) << QList<qint64>{1, 1};
}

void TestSampler::proportional()
{
    QFETCH(QList<qint64>, weights);
    QFETCH(qint64, budget);
    QFETCH(QList<qint64>, expected);
    const auto result = ExampleSampler::proportional({weights.begin(), weights.end()}, budget);
    QCOMPARE(QList<qint64>(result.begin(), result.end()), expected);
}

void TestSampler::balance()
{
    std::vector<Example> all;
    add(all, ExampleType::ConversationWindow, 0, 100);
    add(all, ExampleType::BurstSequence, 0, 10);
    add(all, ExampleType::Qa, 0, 20);
    SamplingReport report;
    const auto kept = ExampleSampler::sample(all, {}, &report);
    // Lower median of {10, 20, 100} is 20: no type above 3 × 20.
    QCOMPARE(countByType(kept), (QMap<int, int>{{0, 60}, {1, 10}, {4, 20}}));
    QCOMPARE(report.before, qint64(130));
    QCOMPARE(report.after, qint64(90));
    ExampleSampler::Options off;
    off.balance = false;
    QCOMPARE(ExampleSampler::sample(all, off).size(), size_t(130));
    // One type alone is never cut by balancing.
    std::vector<Example> one;
    add(one, ExampleType::Completion, 0, 50);
    QCOMPARE(ExampleSampler::sample(one, {}).size(), size_t(50));
}

void TestSampler::maxExamplesBalanced()
{
    std::vector<Example> all;
    add(all, ExampleType::ConversationWindow, 0, 100);
    add(all, ExampleType::BurstSequence, 0, 5);
    add(all, ExampleType::Qa, 0, 40);
    ExampleSampler::Options o;
    o.maxExamples = 45;
    // After balancing (cap 120): 100, 5, 40 → evenly 45: burst keeps 5, the others 20 each.
    QCOMPARE(countByType(ExampleSampler::sample(all, o)),
             (QMap<int, int>{{0, 20}, {1, 5}, {4, 20}}));
}

void TestSampler::maxExamplesProportional()
{
    std::vector<Example> all;
    add(all, ExampleType::ConversationWindow, 0, 100);
    add(all, ExampleType::BurstSequence, 0, 5);
    add(all, ExampleType::Qa, 0, 45);
    ExampleSampler::Options o;
    o.balance = false;
    o.maxExamples = 30;
    QCOMPARE(countByType(ExampleSampler::sample(all, o)),
             (QMap<int, int>{{0, 20}, {1, 1}, {4, 9}}));
}

void TestSampler::fairAcrossThreads()
{
    std::vector<Example> all;
    add(all, ExampleType::ConversationWindow, 0, 90);
    add(all, ExampleType::ConversationWindow, 1, 10);
    add(all, ExampleType::ConversationWindow, 2, 3);
    ExampleSampler::Options o;
    o.maxExamples = 21;
    const auto kept = ExampleSampler::sample(all, o);
    QMap<quint32, int> perThread;
    for (const Example &e : kept)
        ++perThread[e.corpusThread];
    QCOMPARE(perThread, (QMap<quint32, int>{{0, 9}, {1, 9}, {2, 3}}));
    // Not "the first N": the big thread's picks come from all over it.
    quint32 maxOrder = 0;
    for (const Example &e : kept) {
        if (e.corpusThread == 0)
            maxOrder = std::max(maxOrder, e.order);
    }
    QVERIFY(maxOrder >= 9);
}

void TestSampler::seeded()
{
    std::vector<Example> all;
    add(all, ExampleType::ConversationWindow, 0, 200);
    ExampleSampler::Options o;
    o.maxExamples = 50;
    const auto a = ids(ExampleSampler::sample(all, o));
    const auto b = ids(ExampleSampler::sample(all, o));
    QCOMPARE(a, b);
    o.seed = 7;
    const auto c = ids(ExampleSampler::sample(all, o));
    QCOMPARE(c.size(), 50);
    QVERIFY(a != c);
}

void TestSampler::otherThreadsDoNotReshuffle()
{
    std::vector<Example> first;
    add(first, ExampleType::Qa, 0, 100);
    add(first, ExampleType::Qa, 1, 100);
    std::vector<Example> second;
    add(second, ExampleType::Qa, 0, 100);
    add(second, ExampleType::Qa, 1, 60); // Thread 1 changed.
    ExampleSampler::Options o;
    o.maxExamples = 40;
    QSet<quint64> a;
    QSet<quint64> b;
    for (const Example &e : ExampleSampler::sample(first, o)) {
        if (e.corpusThread == 0)
            a.insert(e.id);
    }
    for (const Example &e : ExampleSampler::sample(second, o)) {
        if (e.corpusThread == 0)
            b.insert(e.id);
    }
    QCOMPARE(a, b);
}

void TestSampler::keepsInputOrder()
{
    std::vector<Example> all;
    add(all, ExampleType::Completion, 0, 100);
    ExampleSampler::Options o;
    o.maxExamples = 30;
    const auto kept = ExampleSampler::sample(all, o);
    for (size_t i = 1; i < kept.size(); ++i)
        QVERIFY(kept[i].order > kept[i - 1].order);
}

void TestSampler::sortAndShuffle()
{
    std::vector<Example> all;
    add(all, ExampleType::Qa, 1, 3);
    add(all, ExampleType::ConversationWindow, 1, 3);
    add(all, ExampleType::ConversationWindow, 0, 2);
    ExampleSampler::sortChronologically(all);
    QCOMPARE(all[0].corpusThread, quint32(0));
    QCOMPARE(all[2].corpusThread, quint32(1));
    QCOMPARE(all[2].type, ExampleType::ConversationWindow); // Same target: type order.
    QCOMPARE(all[3].type, ExampleType::Qa);
    QCOMPARE(all[3].order, quint32(0));
    std::vector<Example> a = all;
    std::vector<Example> b = all;
    ExampleSampler::shuffle(a, 42);
    ExampleSampler::shuffle(b, 42);
    for (size_t i = 0; i < a.size(); ++i)
        QCOMPARE(a[i].id, b[i].id);
    QCOMPARE(ids(a), ids(all));
}

QTEST_GUILESS_MAIN(TestSampler)
#include "tst_sampler.moc"
