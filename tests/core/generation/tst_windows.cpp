// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportBuilder.h"
#include "analysis/WindowFinder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::test;

namespace {

/** One thread; entries are (seconds from kT0, from you?). Bodies are long enough to be targets. */
TextLayerPtr conversation(const QList<QPair<qint64, bool>> &messages, bool url = false)
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    int i = 0;
    for (const auto &[seconds, you] : messages) {
        QString body = u"message number %1"_s.arg(i++);
        if (url && i == 1)
            body += u" https://example.com"_s;
        if (you)
            b.you(t, kT0 + seconds * kSecond, body);
        else
            b.from(t, ann, kT0 + seconds * kSecond, body);
    }
    return b.layer();
}

std::vector<ConversationWindow> windowsOf(const TextLayerPtr &layer, const WindowOptions &options)
{
    const Corpus corpus = corpusOf(layer);
    std::vector<ConversationWindow> out;
    WindowFinder::find(corpus, 0, options, out);
    return out;
}

QList<int> contextSizes(const std::vector<ConversationWindow> &windows)
{
    QList<int> sizes;
    for (const auto &w : windows)
        sizes.append(w.contextSize());
    return sizes;
}

} // namespace

class TestWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceF1_data();
    void referenceF1();
    void momentum_data();
    void momentum();
    void singleContextUsesResponseDelay();
    void referenceBoundaryThread();
    void stride_data();
    void stride();
    void minWindowMessages_data();
    void minWindowMessages();
    void shortTargetsStayContext();
    void truncatedLongTextStaysContext();
    void media();
    void findAllIsThreadOrdered();
};

void TestWindows::referenceF1_data()
{
    QTest::addColumn<int>("windowSize");
    QTest::addColumn<QList<int>>("sizes");
    // reference-behaviour §14.1 (1) and (8): you send every even message, 2 minutes apart.
    QTest::newRow("3") << 3 << QList<int>{2, 3, 3, 3};
    QTest::newRow("5") << 5 << QList<int>{2, 4, 5, 5};
    QTest::newRow("7") << 7 << QList<int>{2, 4, 6, 7};
    QTest::newRow("10") << 10 << QList<int>{2, 4, 6, 8};
}

void TestWindows::referenceF1()
{
    QFETCH(int, windowSize);
    QFETCH(QList<int>, sizes);
    QList<QPair<qint64, bool>> messages;
    for (int i = 0; i < 10; ++i)
        messages.append({i * 120, i % 2 == 0});
    const auto windows = windowsOf(conversation(messages), {windowSize, 1, 3});
    QCOMPARE(contextSizes(windows), sizes);
    for (const auto &w : windows) {
        QCOMPARE(w.momentum, Momentum::Moderate);
        QCOMPARE(w.avgTimeGap, 120.0);
        QCOMPARE(w.responseDelay, 120.0);
    }
}

void TestWindows::momentum_data()
{
    QTest::addColumn<qint64>("gapMs");
    QTest::addColumn<int>("momentum");
    QTest::newRow("59.999 s is rapid") << qint64(59'999) << int(Momentum::Rapid);
    QTest::newRow("exactly 60 s is moderate") << qint64(60'000) << int(Momentum::Moderate);
    QTest::newRow("299.999 s is moderate") << qint64(299'999) << int(Momentum::Moderate);
    QTest::newRow("exactly 300 s is slow") << qint64(300'000) << int(Momentum::Slow);
}

void TestWindows::momentum()
{
    QFETCH(qint64, gapMs);
    QFETCH(int, momentum);
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"first message"_s);
    b.from(t, ann, kT0 + gapMs, u"second message"_s);
    b.from(t, ann, kT0 + 2 * gapMs, u"third message"_s);
    b.you(t, kT0 + 2 * gapMs + 5 * kSecond, u"my answer here"_s);
    const auto windows = windowsOf(b.layer(), {});
    QCOMPARE(windows.size(), size_t(1));
    QCOMPARE(int(windows[0].momentum), momentum);
    QCOMPARE(windows[0].avgTimeGap, double(gapMs) / 1000.0);
    QCOMPARE(windows[0].responseDelay, 5.0);
}

void TestWindows::singleContextUsesResponseDelay()
{
    // The reference calls this "rapid" (average gap 0); we use the 10-minute delay.
    const auto windows = windowsOf(conversation({{0, false}, {600, true}}), {5, 1, 2});
    QCOMPARE(windows.size(), size_t(1));
    QCOMPARE(windows[0].contextSize(), 1);
    QCOMPARE(windows[0].avgTimeGap, 0.0);
    QCOMPARE(windows[0].responseDelay, 600.0);
    QCOMPARE(windows[0].momentum, Momentum::Slow);
}

void TestWindows::referenceBoundaryThread()
{
    // reference-behaviour §14.6 (1): O(0) Y(30) Y(90) O(150) Y(450).
    const auto layer
        = conversation({{0, false}, {30, true}, {90, true}, {150, false}, {450, true}});
    const auto windows = windowsOf(layer, {5, 1, 2});
    QCOMPARE(contextSizes(windows), (QList<int>{1, 2, 4}));
    QCOMPARE(windows[0].responseDelay, 30.0);
    QCOMPARE(windows[1].avgTimeGap, 30.0);
    QCOMPARE(windows[1].responseDelay, 60.0);
    QCOMPARE(windows[2].avgTimeGap, 50.0);
    QCOMPARE(windows[2].responseDelay, 300.0);
    for (const auto &w : windows)
        QCOMPARE(w.momentum, Momentum::Rapid);
    // With the default minimum of 3 the one-message window is left out.
    QCOMPARE(contextSizes(windowsOf(layer, {})), (QList<int>{2, 4}));
}

void TestWindows::stride_data()
{
    QTest::addColumn<int>("stride");
    QTest::addColumn<QList<int>>("numbers");
    QTest::newRow("1 keeps all") << 1 << QList<int>{0, 1, 2, 3, 4, 5};
    QTest::newRow("2") << 2 << QList<int>{0, 2, 4};
    QTest::newRow("3") << 3 << QList<int>{0, 3};
    QTest::newRow("larger than the count") << 10 << QList<int>{0};
}

void TestWindows::stride()
{
    QFETCH(int, stride);
    QFETCH(QList<int>, numbers);
    QList<QPair<qint64, bool>> messages;
    for (int i = 0; i < 14; ++i)
        messages.append({i * 10, i % 2 == 1});
    // Targets at 1,3,...,13; the first (context 1) is not eligible, so 6 eligible windows.
    const auto windows = windowsOf(conversation(messages), {5, stride, 3});
    QList<int> got;
    for (const auto &w : windows)
        got.append(int(w.number));
    QCOMPARE(got, numbers);
}

void TestWindows::minWindowMessages_data()
{
    QTest::addColumn<int>("threadSize");
    QTest::addColumn<int>("minWindow");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("thread of 2 below 3") << 2 << 3 << QList<int>{};
    QTest::newRow("thread of 2 with minimum 2") << 2 << 2 << QList<int>{1};
    QTest::newRow("exactly 3: context 2 + 1") << 3 << 3 << QList<int>{2};
    QTest::newRow("4 needs context 3") << 4 << 4 << QList<int>{3};
    QTest::newRow("thread smaller than minimum") << 4 << 5 << QList<int>{};
}

void TestWindows::minWindowMessages()
{
    QFETCH(int, threadSize);
    QFETCH(int, minWindow);
    QFETCH(QList<int>, sizes);
    QList<QPair<qint64, bool>> messages;
    for (int i = 0; i < threadSize; ++i)
        messages.append({i * 10, i == threadSize - 1});
    QCOMPARE(contextSizes(windowsOf(conversation(messages), {5, 1, minWindow})), sizes);
}

void TestWindows::shortTargetsStayContext()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"how are you doing?"_s);
    b.you(t, kT0 + 10 * kSecond, u"ok"_s);
    b.from(t, ann, kT0 + 20 * kSecond, u"and the trip?"_s);
    b.you(t, kT0 + 30 * kSecond, u"it was great"_s);
    const auto windows = windowsOf(b.layer(), {});
    QCOMPARE(contextSizes(windows), QList<int>{3}); // "ok" is no target but stays context.
}

void TestWindows::truncatedLongTextStaysContext()
{
    // Signal's CSV keeps only a cut copy of a long message when the attachment with the full
    // text is missing: a target ending mid-word would teach the model to stop mid-word.
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"how was the trip?"_s);
    b.message(t, kT0 + 10 * kSecond, ExportBuilder::kSelf,
              u"So here is the whole story of the trip, from the st"_s, MessageKind::Text,
              MessageFlag::LongTextTruncated);
    b.from(t, ann, kT0 + 20 * kSecond, u"wow"_s);
    b.you(t, kT0 + 30 * kSecond, u"yes it was great"_s);
    const TextLayerPtr layer = b.layer();
    const Corpus corpus = corpusOf(layer);
    QCOMPARE(corpus.counts().truncatedNotTargets, 1);
    QCOMPARE(corpus.counts().targets, 1);
    QCOMPARE(contextSizes(windowsOf(layer, {})), QList<int>{3}); // it stays context
}

void TestWindows::media()
{
    QVERIFY(windowsOf(conversation({{0, false}, {5, false}, {10, true}}, true), {})[0].hasMedia);
    QVERIFY(!windowsOf(conversation({{0, false}, {5, false}, {10, true}}), {})[0].hasMedia);
}

void TestWindows::findAllIsThreadOrdered()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const qint64 bob = b.person(u"Bob"_s);
    const int t1 = b.thread(bob);
    const int t0 = b.thread(ann);
    for (int i = 0; i < 6; ++i) {
        b.from(t0, ann, kT0 + i * 20 * kSecond, u"hello from Ann"_s);
        b.you(t0, kT0 + (i * 20 + 5) * kSecond, u"hello back Ann"_s);
        b.from(t1, bob, kT0 + i * 20 * kSecond, u"hello from Bob"_s);
        b.you(t1, kT0 + (i * 20 + 5) * kSecond, u"hello back Bob"_s);
    }
    const Corpus corpus = corpusOf(b.layer());
    auto all = WindowFinder::findAll(corpus, {}, JobContext::detached());
    QVERIFY(all);
    QCOMPARE(all->size(), size_t(10));
    // Threads are ordered by thread id (Bob's thread 100 first), then time.
    QCOMPARE(corpus.threads()[(*all)[0].thread].threadId, qint64(100));
    QCOMPARE(corpus.threads()[(*all)[9].thread].threadId, qint64(101));
    for (size_t i = 1; i < 5; ++i)
        QVERIFY((*all)[i].target > (*all)[i - 1].target);
}

QTEST_GUILESS_MAIN(TestWindows)
#include "tst_windows.moc"
