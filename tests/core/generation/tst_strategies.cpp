// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Generated.h"
#include "export/ExampleRenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::test;

namespace {

Generated run(const TextLayerPtr &layer, Strategy strategy, GenerationOptions options = {})
{
    options.strategies = {strategy};
    return Generated::of(layer, options);
}

RenderedExample alpaca(const TextLayerPtr &layer, const Example &e)
{
    return ExampleRenderer(layer, {}).render(e);
}

} // namespace

class TestStrategies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversational();
    void momentumFilter();
    void idsAreStable();
    void burst();
    void burstChunks_data();
    void burstChunks();
    void adaptive_data();
    void adaptive();
    void completion();
    void completionSkips();
    void completionKeepsTokensWhole();
    void qa();
    void qaLimits();
};

void TestStrategies::conversational()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"Hey! How's your day going?"_s);
    b.you(t, kT0 + kMinute, u"Pretty good! Just working on some code."_s);
    b.from(t, ann, kT0 + 2 * kMinute, u"What kind of project?"_s);
    b.you(t, kT0 + 3 * kMinute, u"A chatbot using transformers and fine-tuning!"_s);
    const auto layer = b.layer();
    const Generated r = run(layer, Strategy::Conversational);
    QCOMPARE(r.examples.size(), size_t(1));
    const Example &e = r.examples[0];
    QCOMPARE(e.type, ExampleType::ConversationWindow);
    QCOMPARE(e.instruction, u"Continue this moderate conversation naturally"_s);
    QCOMPARE(e.context.size(), size_t(3));
    QCOMPARE(e.targets.size(), size_t(1));
    QVERIFY(e.targets[0].fromYou);
    QCOMPARE(e.partner, u"Ann"_s);
    QCOMPARE(e.threadId, qint64(100));
    QCOMPARE(*e.meta.momentum, Momentum::Moderate);
    QCOMPARE(e.meta.responseDelay, 60.0);
    const RenderedExample rendered = alpaca(layer, e);
    QCOMPARE(rendered.input,
             u"Ann: Hey! How's your day going?\nYou: Pretty good! Just working on "
             "some code.\nAnn: What kind of project?"_s);
    QCOMPARE(rendered.output, u"A chatbot using transformers and fine-tuning!"_s);
}

void TestStrategies::momentumFilter()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    // A rapid exchange, then a slow one.
    b.from(t, ann, kT0, u"quick one"_s);
    b.from(t, ann, kT0 + 10 * kSecond, u"quick two"_s);
    b.you(t, kT0 + 20 * kSecond, u"quick answer"_s);
    b.from(t, ann, kT0 + kHour, u"slow one"_s);
    b.from(t, ann, kT0 + 2 * kHour, u"slow two"_s);
    b.you(t, kT0 + 3 * kHour, u"slow answer"_s);
    const auto layer = b.layer();
    GenerationOptions options;
    options.windows.windowSize = 2;
    QCOMPARE(run(layer, Strategy::Conversational, options).examples.size(), size_t(2));
    for (Momentum m : {Momentum::Rapid, Momentum::Slow}) {
        options.conversational.momentumFilter = m;
        const auto examples = run(layer, Strategy::Conversational, options).examples;
        QCOMPARE(examples.size(), size_t(1));
        QCOMPARE(*examples[0].meta.momentum, m);
    }
    options.conversational.momentumFilter = Momentum::Moderate;
    QVERIFY(run(layer, Strategy::Conversational, options).examples.empty());
}

void TestStrategies::idsAreStable()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    for (int i = 0; i < 8; ++i) {
        b.from(t, ann, kT0 + i * kMinute, u"question %1?"_s.arg(i));
        b.you(t, kT0 + i * kMinute + 10 * kSecond, u"answer number %1"_s.arg(i));
    }
    const auto layer = b.layer();
    GenerationOptions small;
    small.windows.windowSize = 2;
    const Generated a = run(layer, Strategy::Conversational);
    const Generated c = run(layer, Strategy::Conversational, small);
    QCOMPARE(a.examples.size(), c.examples.size());
    for (size_t i = 0; i < a.examples.size(); ++i) {
        QCOMPARE(a.examples[i].id, c.examples[i].id); // Same target, different context.
        QVERIFY(a.examples[i].context.size() >= c.examples[i].context.size());
    }
    const Generated q = run(layer, Strategy::Qa);
    QCOMPARE(q.examples.size(), a.examples.size() + 1); // QA also pairs the first answer.
    QVERIFY(q.examples[1].id != a.examples[0].id); // Same target, other type.
    QCOMPARE(q.examples[1].targets[0].index, a.examples[0].targets[0].index);
}

void TestStrategies::burst()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"so what happened?"_s);
    b.you(t, kT0 + kMinute, u"Hey I just realized something"_s);
    b.you(t, kT0 + kMinute + 10 * kSecond, u"Remember when we talked about that project?"_s);
    b.you(t, kT0 + kMinute + 30 * kSecond, u"I think we should reconsider the timeline"_s);
    const auto layer = b.layer();
    const Generated r = run(layer, Strategy::Burst);
    QCOMPARE(r.examples.size(), size_t(1));
    const Example &e = r.examples[0];
    QCOMPARE(e.instruction, u"Continue this message burst naturally"_s);
    QCOMPARE(e.meta.burstSize, 3);
    QCOMPARE(e.meta.avgTimeBetween, 15.0);
    QCOMPARE(*e.meta.momentum, Momentum::Rapid);
    const RenderedExample rendered = alpaca(layer, e);
    QCOMPARE(rendered.input,
             u"Ann: so what happened?\nYou: Hey I just realized something\nYou: "
             "Remember when we talked about that project?"_s);
    QCOMPARE(rendered.output, u"I think we should reconsider the timeline"_s);
}

void TestStrategies::burstChunks_data()
{
    QTest::addColumn<QList<int>>("gapsSeconds");
    QTest::addColumn<int>("maxBurst");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("gap of exactly 120 s breaks")
        << QList<int>{60, 120, 60} << 10 << QList<int>{2, 2};
    QTest::newRow("119 s keeps") << QList<int>{119, 119} << 10 << QList<int>{3};
    QTest::newRow("7 messages, max 3: chunks 3, 3 and a dropped 1")
        << QList<int>{5, 5, 5, 5, 5, 5} << 3 << QList<int>{3, 3};
    QTest::newRow("8 messages, max 3: chunks 3, 3, 2")
        << QList<int>{5, 5, 5, 5, 5, 5, 5} << 3 << QList<int>{3, 3, 2};
    QTest::newRow("single message") << QList<int>{} << 10 << QList<int>{};
}

void TestStrategies::burstChunks()
{
    QFETCH(QList<int>, gapsSeconds);
    QFETCH(int, maxBurst);
    QFETCH(QList<int>, sizes);
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"start"_s);
    qint64 now = kT0 + kMinute;
    b.you(t, now, u"message zero"_s);
    for (qsizetype i = 0; i < gapsSeconds.size(); ++i) {
        now += gapsSeconds[i] * kSecond;
        b.you(t, now, u"message %1"_s.arg(i + 1));
    }
    GenerationOptions options;
    options.burst.maxBurstSize = maxBurst;
    QList<int> got;
    for (const Example &e : run(b.layer(), Strategy::Burst, options).examples)
        got.append(e.meta.burstSize);
    QCOMPARE(got, sizes);
}

void TestStrategies::adaptive_data()
{
    QTest::addColumn<int>("partnerLength");
    QTest::addColumn<int>("conversations");
    QTest::addColumn<bool>("group");
    QTest::addColumn<int>("expected");
    QTest::newRow("long partner, enough conversations") << 120 << 20 << false << 20;
    QTest::newRow("too few conversations") << 120 << 19 << false << 0;
    QTest::newRow("style too similar") << 30 << 20 << false << 0;
    QTest::newRow("groups are not adaptive partners") << 120 << 20 << true << 0;
}

void TestStrategies::adaptive()
{
    QFETCH(int, partnerLength);
    QFETCH(int, conversations);
    QFETCH(bool, group);
    QFETCH(int, expected);
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const qint64 bob = b.person(u"Bob"_s);
    const int t = b.thread(group ? b.group(u"Club"_s, {ann, bob}) : ann);
    const int other = b.thread(bob);
    for (int i = 0; i < conversations; ++i) {
        const qint64 start = kT0 + i * 2 * kHour;
        b.from(t, ann, start, QString(partnerLength, u'a'));
        b.you(t, start + kMinute, QString(40, u'y'));
        b.you(t, start + 2 * kMinute, QString(20, u'y'));
        b.from(other, bob, start, u"hi there"_s);
        b.you(other, start + kMinute, QString(20, u'z'));
    }
    const Generated r = run(b.layer(), Strategy::Adaptive);
    QCOMPARE(int(r.examples.size()), expected);
    if (expected == 0)
        return;
    const Example &e = r.examples[0];
    QCOMPARE(e.instruction,
             u"Respond in a style adapted to this conversation partner who prefers "
             "lengthy messages"_s);
    QCOMPARE(*e.meta.partnerStyle, PartnerStyle::LengthyTexter);
    QCOMPARE(e.meta.yourUsualStyle, u"concise"_s);
    QVERIFY(e.meta.styleDifference >= 0.5);
    QVERIFY(e.meta.adaptationLevel > 0 && e.meta.adaptationLevel <= 1);
    QCOMPARE(e.partner, u"Ann"_s);
}

void TestStrategies::completion()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"any plans?"_s);
    b.you(t, kT0 + kMinute, u"I think we should reconsider the timeline"_s);
    const auto layer = b.layer();
    const Generated r = run(layer, Strategy::Completion);
    QCOMPARE(r.examples.size(), size_t(1));
    const Example &e = r.examples[0];
    QCOMPARE(e.instruction, u"Complete this message in your own style"_s);
    QVERIFY(e.meta.splitRatio >= 0.4 && e.meta.splitRatio <= 0.6);
    const RenderedExample rendered = alpaca(layer, e);
    QCOMPARE(rendered.input, u"Ann: any plans?\nYou: I think we should"_s);
    QCOMPARE(rendered.output, u"reconsider the timeline"_s);
}

void TestStrategies::completionSkips()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.you(t, kT0, u"too short to split"_s);
    b.you(t, kT0 + kHour, u"Supercalifragilisticexpialidocious!!"_s);
    b.you(
        t, kT0 + 2 * kHour,
        u"\u6211\u559C\u6B22\u732B\u6211\u559C\u6B22\u732B\u6211\u559C\u6B22\u732B\u6211\u559C\u6B22\u732B\u6211\u559C\u6B22\u732B"_s);
    const Generated r = run(b.layer(), Strategy::Completion);
    // Only the Chinese sentence (20 characters, dictionary word boundaries) can be split.
    QCOMPARE(r.examples.size(), size_t(1));
    QVERIFY(r.examples[0].meta.splitRatio >= 0.4 && r.examples[0].meta.splitRatio <= 0.6);
}

void TestStrategies::completionKeepsTokensWhole()
{
    // Anonymized text: the split nearest the middle would fall inside "<PHONE_3>" (a word
    // starts at "PHONE"), leaving a prompt that ends in "<".
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"how do I reach you?"_s);
    b.you(t, kT0 + kMinute, u"ok please call me at <PHONE_3> from now on"_s);
    const auto layer = b.layer();
    const Generated r = run(layer, Strategy::Completion);
    QCOMPARE(r.examples.size(), size_t(1));
    const RenderedExample rendered = alpaca(layer, r.examples[0]);
    QVERIFY2(!rendered.input.endsWith(u'<'), qPrintable(rendered.input));
    QCOMPARE(rendered.output, u"at <PHONE_3> from now on"_s);
}

void TestStrategies::qa()
{
    // reference-behaviour §14.3 (4), plus a question word without "?".
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"What is machine learning?"_s);
    b.you(t, kT0 + kMinute, u"Machine learning is a subset of AI that learns from data."_s);
    b.you(t, kT0 + kMinute + 20 * kSecond, u"Think of it as statistics at scale."_s);
    b.from(t, ann, kT0 + kHour, u"how do I start"_s);
    b.from(t, ann, kT0 + kHour + kSecond, u"with python maybe"_s);
    b.you(t, kT0 + kHour + kMinute, u"Start with scikit-learn tutorials"_s);
    const auto layer = b.layer();
    const Generated r = run(layer, Strategy::Qa);
    QCOMPARE(r.examples.size(), size_t(2));
    QCOMPARE(r.examples[0].targets.size(), size_t(2)); // A two-message answer.
    QCOMPARE(alpaca(layer, r.examples[0]).output,
             u"Machine learning is a subset of AI that learns from data.\nThink of it as "
             "statistics at scale."_s);
    QCOMPARE(r.examples[0].meta.answerDelay, 60.0);
    QCOMPARE(r.examples[1].meta.answerDelay, 60.0); // From "how do I start", the latest question.
    QCOMPARE(r.examples[0].instruction, u"Answer this question the way you would"_s);
}

void TestStrategies::qaLimits()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t1 = b.thread(ann);
    const int t2 = b.thread(b.person(u"Bob"_s));
    // reference-behaviour §14.6 (9): a question in one chat and your message in another.
    b.from(t1, ann, kT0, u"you there?"_s);
    b.you(t2, kT0 + kMinute, u"hello Bob, long time"_s);
    // An answer seven hours later is not an answer.
    b.from(t1, ann, kT0 + kHour, u"are you coming?"_s);
    b.you(t1, kT0 + 8 * kHour, u"sorry, just saw this"_s);
    // A statement is no question.
    b.from(t1, ann, kT0 + 20 * kHour, u"I am home"_s);
    b.you(t1, kT0 + 20 * kHour + kMinute, u"great, see you"_s);
    QCOMPARE(run(b.layer(), Strategy::Qa).examples.size(), size_t(0));
}

QTEST_GUILESS_MAIN(TestStrategies)
#include "tst_strategies.moc"
