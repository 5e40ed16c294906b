// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Generated.h"
#include "export/DatasetValidator.h"
#include "export/ExampleRenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;
using namespace idiolect::test;

namespace {

/** Runs one strategy over @p layer with a minimum window of 2. */
std::vector<Example> generate(const TextLayerPtr &layer, Strategy strategy)
{
    GenerationOptions options;
    options.strategies = {strategy};
    options.windows.minWindowMessages = 2;
    return Generated::of(layer, options).examples;
}

QString roles(const RenderedExample &r)
{
    QString out;
    for (const ChatTurn &t : r.turns)
        out += t.role == ChatRole::System ? u'S' : t.role == ChatRole::User ? u'U' : u'A';
    return out;
}

/** Ann asks, you answer in a burst of two, Ann answers, you reply. */
TextLayerPtr burstChat()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"how was the trip?"_s);
    b.you(t, kT0 + 10 * kSecond, u"amazing, really"_s);
    b.you(t, kT0 + 20 * kSecond, u"the mountains were huge"_s);
    b.from(t, ann, kT0 + 60 * kSecond, u"photos please"_s);
    b.you(t, kT0 + 70 * kSecond, u"sending them tonight"_s);
    return b.layer();
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alpacaMultiline();
    void chatMerge_data();
    void chatMerge();
    void chatSeparateWeights();
    void yourPhotosAreNotYourText_data();
    void yourPhotosAreNotYourText();
    void groupNames();
    void transcriptLayout();
    void leadingOwnMessagesDropped();
    void systemPrompt();
    void outputOverride();
    void layerTextIsUsed();
    void validatorRules_data();
    void validatorRules();
};

void TestRender::alpacaMultiline()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"shopping list:\nmilk\neggs"_s);
    b.you(t, kT0 + kMinute, u"got it\nanything else?"_s);
    const auto layer = b.layer();
    const auto examples = generate(layer, Strategy::Conversational);
    QCOMPARE(examples.size(), size_t(1));
    const RenderedExample r = ExampleRenderer(layer, {}).render(examples[0]);
    // Continuation lines are indented, so every unindented line starts a message.
    QCOMPARE(r.input, u"Ann: shopping list:\n  milk\n  eggs"_s);
    QCOMPARE(r.output, u"got it\nanything else?"_s);
}

void TestRender::chatMerge_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("sharegpt") << int(DatasetFormat::ShareGpt);
    QTest::newRow("messages") << int(DatasetFormat::Messages);
}

void TestRender::chatMerge()
{
    QFETCH(int, format);
    const auto layer = burstChat();
    const auto examples = generate(layer, Strategy::Conversational);
    // Targets: "amazing" (context 1), "the mountains" (context 2), "sending" (context 4).
    QCOMPARE(examples.size(), size_t(3));
    RenderOptions options;
    options.format = DatasetFormat(format);
    options.burstSeparator = u" | "_s;
    const ExampleRenderer renderer(layer, options);
    const RenderedExample second = renderer.render(examples[1]);
    // Your earlier burst message joins the final assistant turn: roles still alternate.
    QCOMPARE(roles(second), u"SUA"_s);
    QCOMPARE(second.turns[2].content, u"amazing, really | the mountains were huge"_s);
    const RenderedExample third = renderer.render(examples[2]);
    QCOMPARE(roles(third), u"SUAUA"_s);
    QCOMPARE(third.turns[2].content, u"amazing, really | the mountains were huge"_s);
    QCOMPARE(third.turns[4].content, u"sending them tonight"_s);
    for (const Example &e : examples)
        QVERIFY(DatasetValidator::check(renderer.render(e), options.format).isEmpty());
}

void TestRender::chatSeparateWeights()
{
    const auto layer = burstChat();
    const auto examples = generate(layer, Strategy::Conversational);
    RenderOptions options;
    options.format = DatasetFormat::Messages;
    options.burstTurns = BurstTurns::Separate;
    const RenderedExample r = ExampleRenderer(layer, options).render(examples[2]);
    QCOMPARE(roles(r), u"SUAAUA"_s);
    QCOMPARE(r.turns[2].weight, 0);
    QCOMPARE(r.turns[3].weight, 0);
    QCOMPARE(r.turns[5].weight, 1);
    QVERIFY(DatasetValidator::check(r, DatasetFormat::Messages).isEmpty());
    // sharegpt cannot carry weights: the renderer merges.
    options.format = DatasetFormat::ShareGpt;
    QCOMPARE(roles(ExampleRenderer(layer, options).render(examples[2])), u"SUAUA"_s);
}

void TestRender::yourPhotosAreNotYourText_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("turns");
    QTest::newRow("alpaca") << int(DatasetFormat::Alpaca) << int(BurstTurns::Merge);
    QTest::newRow("messages") << int(DatasetFormat::Messages) << int(BurstTurns::Merge);
    QTest::newRow("separate") << int(DatasetFormat::Messages) << int(BurstTurns::Separate);
}

void TestRender::yourPhotosAreNotYourText()
{
    // You answer with a text, a photo and a text: the photo's "[image]" is context for the
    // partner's side, but not something the model should learn to write in your turn.
    QFETCH(int, format);
    QFETCH(int, turns);
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"how was the trip?"_s);
    b.you(t, kT0 + 10 * kSecond, u"amazing, really"_s);
    b.message(t, kT0 + 20 * kSecond, ExportBuilder::kSelf, QString(), MessageKind::MediaOnly,
              MessageFlag::HasAttachment | MessageFlag::HasImage);
    b.you(t, kT0 + 30 * kSecond, u"the mountains were huge"_s);
    const TextLayerPtr layer = b.layer();
    const auto examples = generate(layer, Strategy::Conversational);
    QCOMPARE(examples.size(), size_t(2));
    RenderOptions options;
    options.format = DatasetFormat(format);
    options.burstTurns = BurstTurns(turns);
    const ExampleRenderer renderer(layer, options);
    for (const Example &e : examples) {
        const RenderedExample r = renderer.render(e);
        QVERIFY2(!r.output.contains(u"[image]"_s), qPrintable(r.output));
        for (const ChatTurn &turn : r.turns) {
            if (turn.role == ChatRole::Assistant)
                QVERIFY2(!turn.content.contains(u"[image]"_s), qPrintable(turn.content));
        }
        QVERIFY(DatasetValidator::check(r, options.format).isEmpty());
    }
}

void TestRender::groupNames()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const qint64 bob = b.person(u"Bob"_s);
    const int t = b.thread(b.group(u"Climbing"_s, {ann, bob}));
    b.from(t, ann, kT0, u"who is in on saturday"_s);
    b.from(t, bob, kT0 + kSecond, u"me!"_s);
    b.you(t, kT0 + 2 * kSecond, u"count me in too"_s);
    const auto layer = b.layer();
    const auto examples = generate(layer, Strategy::Conversational);
    RenderOptions options;
    options.format = DatasetFormat::ShareGpt;
    const RenderedExample r = ExampleRenderer(layer, options).render(examples[0]);
    QCOMPARE(roles(r), u"SUA"_s);
    QCOMPARE(r.turns[1].content, u"Ann: who is in on saturday\nBob: me!"_s);
}

void TestRender::transcriptLayout()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.from(t, ann, kT0, u"plans?"_s);
    b.you(t, kT0 + kMinute, u"I think we should reconsider the timeline"_s);
    const auto layer = b.layer();
    const auto examples = generate(layer, Strategy::Completion);
    RenderOptions options;
    options.format = DatasetFormat::Messages;
    const RenderedExample r = ExampleRenderer(layer, options).render(examples[0]);
    QCOMPARE(roles(r), u"SUA"_s);
    QCOMPARE(r.turns[0].content, u"Complete this message in your own style"_s);
    QCOMPARE(r.turns[1].content, u"Ann: plans?\nYou: I think we should"_s);
    QCOMPARE(r.turns[2].content, u"reconsider the timeline"_s);
}

void TestRender::leadingOwnMessagesDropped()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann"_s);
    const int t = b.thread(ann);
    b.you(t, kT0, u"good morning"_s);
    b.from(t, ann, kT0 + kMinute, u"morning!"_s);
    b.you(t, kT0 + 2 * kMinute, u"coffee later?"_s);
    const auto layer = b.layer();
    const auto examples = generate(layer, Strategy::Conversational);
    RenderOptions options;
    options.format = DatasetFormat::Messages;
    const RenderedExample r = ExampleRenderer(layer, options).render(examples.back());
    QCOMPARE(roles(r), u"SUA"_s); // The chat starts with the user.
    QCOMPARE(r.turns[1].content, u"morning!"_s);
}

void TestRender::systemPrompt()
{
    const auto layer = burstChat();
    const auto examples = generate(layer, Strategy::Conversational);
    RenderOptions options;
    options.systemPrompt = u"You are Alex."_s;
    QCOMPARE(ExampleRenderer(layer, options).render(examples[0]).system, u"You are Alex."_s);
    options.format = DatasetFormat::ShareGpt;
    QCOMPARE(ExampleRenderer(layer, options).render(examples[0]).turns[0].content,
             u"You are Alex.\n\nContinue this rapid conversation naturally"_s);
}

void TestRender::outputOverride()
{
    const auto layer = burstChat();
    auto examples = generate(layer, Strategy::Conversational);
    examples[2].outputOverride = u"edited by the reviewer"_s;
    QCOMPARE(ExampleRenderer(layer, {}).render(examples[2]).output, u"edited by the reviewer"_s);
    RenderOptions options;
    options.format = DatasetFormat::Messages;
    options.burstTurns = BurstTurns::Separate;
    const RenderedExample r = ExampleRenderer(layer, options).render(examples[2]);
    QCOMPARE(r.turns.back().content, u"edited by the reviewer"_s);
    QCOMPARE(r.turns.back().weight, 1);
}

void TestRender::layerTextIsUsed()
{
    ExportBuilder b;
    const qint64 ann = b.person(u"Ann Smith"_s);
    const int t = b.thread(ann);
    const quint32 q = b.from(t, ann, kT0, u"call me at 555-1234"_s);
    const quint32 secret = b.from(t, ann, kT0 + kSecond, u"my password is hunter2"_s);
    b.you(t, kT0 + 2 * kSecond, u"will do, talk soon"_s);
    auto layer = std::make_shared<TextLayer>(b.build());
    layer->setBody(q, u"call me at [PHONE]"_s);
    layer->setDropped(secret);
    layer->setDisplayName(ann, u"[PERSON_1]"_s);
    const TextLayerPtr final = layer;
    const auto examples = generate(final, Strategy::Conversational);
    QCOMPARE(examples.size(), size_t(1));
    const RenderedExample r = ExampleRenderer(final, {}).render(examples[0]);
    QCOMPARE(r.input, u"[PERSON_1]: call me at [PHONE]"_s);
}

void TestRender::validatorRules_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("roles");
    QTest::addColumn<QStringList>("contents");
    QTest::addColumn<QList<int>>("weights");
    QTest::addColumn<QString>("problem");
    using L = QList<int>;
    const int chat = int(DatasetFormat::Messages);
    QTest::newRow("valid") << chat << u"SUA"_s << QStringList{u"s"_s, u"u"_s, u"a"_s} << L{}
                           << QString();
    QTest::newRow("no system is fine")
        << chat << u"UA"_s << QStringList{u"u"_s, u"a"_s} << L{} << QString();
    QTest::newRow("starts with assistant")
        << chat << u"SAUA"_s << QStringList{u"s"_s, u"a"_s, u"u"_s, u"b"_s} << L{}
        << u"not from the user"_s;
    QTest::newRow("ends with user")
        << chat << u"SUAU"_s << QStringList{u"s"_s, u"u"_s, u"a"_s, u"v"_s} << L{}
        << u"does not end with an assistant"_s;
    QTest::newRow("two users in a row")
        << chat << u"SUUA"_s << QStringList{u"s"_s, u"u"_s, u"v"_s, u"a"_s} << L{}
        << u"do not alternate"_s;
    QTest::newRow("two assistants without weights")
        << chat << u"SUAA"_s << QStringList{u"s"_s, u"u"_s, u"a"_s, u"b"_s} << L{}
        << u"do not alternate"_s;
    QTest::newRow("two assistants with weights")
        << chat << u"SUAA"_s << QStringList{u"s"_s, u"u"_s, u"a"_s, u"b"_s} << L{-1, -1, 0, 1}
        << QString();
    QTest::newRow("weights but nothing trained")
        << chat << u"SUA"_s << QStringList{u"s"_s, u"u"_s, u"a"_s} << L{-1, -1, 0}
        << u"no assistant turn has weight 1"_s;
    QTest::newRow("empty assistant")
        << chat << u"SUA"_s << QStringList{u"s"_s, u"u"_s, u" "_s} << L{} << u"turn 3 is empty"_s;
    QTest::newRow("second system turn")
        << chat << u"SUSA"_s << QStringList{u"s"_s, u"u"_s, u"t"_s, u"a"_s} << L{}
        << u"system turn after the start"_s;
    QTest::newRow("URL only") << chat << u"SUA"_s
                              << QStringList{u"s"_s, u"u"_s, u"https://example.com/x"_s} << L{}
                              << u"only a URL"_s;
    QTest::newRow("echo") << chat << u"SUA"_s << QStringList{u"s"_s, u"same"_s, u"same"_s} << L{}
                          << u"same as the input"_s;
    // Separate burst turns: you said it twice; the input is the partner's turn before both.
    QTest::newRow("repeating your own turn")
        << chat << u"SUAA"_s << QStringList{u"s"_s, u"u"_s, u"again"_s, u"again"_s}
        << L{-1, -1, 0, 1} << QString();
    QTest::newRow("echo before your own turn")
        << chat << u"SUAA"_s << QStringList{u"s"_s, u"same"_s, u"a"_s, u"same"_s} << L{-1, -1, 0, 1}
        << u"same as the input"_s;
    QTest::newRow("lone surrogate")
        << chat << u"SUA"_s << QStringList{u"s"_s, u"u"_s, QString(QChar(0xD800))} << L{}
        << u"unpaired surrogate"_s;
}

void TestRender::validatorRules()
{
    QFETCH(int, format);
    QFETCH(QString, roles);
    QFETCH(QStringList, contents);
    QFETCH(QList<int>, weights);
    QFETCH(QString, problem);
    RenderedExample r;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const ChatRole role = roles[i] == u'S' ? ChatRole::System
            : roles[i] == u'U'                 ? ChatRole::User
                                               : ChatRole::Assistant;
        r.turns.push_back({role, contents[i], weights.isEmpty() ? -1 : weights[i]});
    }
    const QStringList problems = DatasetValidator::check(r, DatasetFormat(format));
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    } else {
        QVERIFY2(problems.join(u"; "_s).contains(problem), qPrintable(problems.join(u"; "_s)));
    }
}

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
