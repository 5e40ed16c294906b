// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's texting styles: ChatVoice on its own, and the partners of the demo export
// measured message by message (lengthy, terse, emoji lover, rapid, and self adapting).
#include "ChatVoice.h"
#include "Corpus.h"
#include "DemoClock.h"
#include "MessageStream.h"
#include "Scenario.h"

#include <QTest>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace idiolect::demogen;

namespace {

/** Text messages of one sender in one chat, as the demo writes them. */
struct Side
{
    qint64 messages = 0;
    qint64 characters = 0;
    qint64 withEmoji = 0;
    std::vector<qint64> replyGapsMs; ///< Gaps after the other person's message.
    qint64 quickFollowUps = 0; ///< Own messages within 15 s of their previous one.

    [[nodiscard]] double mean() const { return messages ? double(characters) / messages : 0; }
};

bool hasEmoji(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() || (u >= 0x2600 && u <= 0x27BF))
            return true;
    }
    return false;
}

/** Per (partner recipient, sender is self) over all 1:1 chats, plus self overall. */
struct DemoSides
{
    std::map<std::pair<qint64, bool>, Side> byChat;
    Side selfOverall;
};

const DemoSides &demoSides()
{
    static const DemoSides sides = [] {
        DemoSides out;
        const Scenario scenario = Scenario::demo(ScenarioOptions{});
        MessageStream stream(scenario, Corpus::embedded());
        std::map<int, ScenarioMessage> previous; // per chat
        ScenarioMessage m;
        while (stream.next(m)) {
            if (m.type != MessageType::Text || m.body.isEmpty() || m.remoteDeleted)
                continue;
            const ScenarioChat &chat = scenario.chats[m.chat];
            const bool fromSelf = m.senderId == scenario.selfId;
            if (fromSelf) {
                ++out.selfOverall.messages;
                out.selfOverall.characters += m.body.size();
            }
            if (chat.kind != ChatKind::Direct)
                continue;
            Side &side = out.byChat[{chat.recipientId, fromSelf}];
            ++side.messages;
            side.characters += m.body.size();
            side.withEmoji += hasEmoji(m.body) ? 1 : 0;
            const auto before = previous.find(m.chat);
            if (before != previous.end()) {
                const qint64 gap = m.dateSent - before->second.dateSent;
                if (before->second.senderId != m.senderId)
                    side.replyGapsMs.push_back(gap);
                else if (gap <= 15 * DemoClock::kSecond)
                    ++side.quickFollowUps;
            }
            previous[m.chat] = m;
        }
        return out;
    }();
    return sides;
}

const Side &side(qint64 partner, bool fromSelf)
{
    return demoSides().byChat.at({partner, fromSelf});
}

qint64 median(std::vector<qint64> values)
{
    if (values.empty())
        return -1;
    std::nth_element(values.begin(), values.begin() + qsizetype(values.size() / 2), values.end());
    return values[values.size() / 2];
}

// Recipient ids of the demo's 1:1 partners (docs/import.md, "The demo export").
constexpr qint64 kLena = 1, kMarco = 2, kAisha = 4, kYuki = 7, kOmar = 8;

} // namespace

class TestChatVoice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoPartnerStyles();
    void selfAdaptsPartway();
    void lengthyAbsorbsTheDialogue();
    void terseStaysShort();
    void rapidPartnerSendsPairs();
    void emojiLoverTakesHerTime();
    void balancedLeavesLinesAlone();
};

void TestChatVoice::demoPartnerStyles()
{
    const double you = demoSides().selfOverall.mean();
    QVERIFY(you > 30 && you < 100);
    // The adaptive strategy needs |P - Y| / max(P, Y) >= 0.5 with both of these.
    const double marco = side(kMarco, false).mean();
    QVERIFY2(marco > 100 && (marco - you) / marco >= 0.55, qPrintable(QString::number(marco)));
    const double aisha = side(kAisha, false).mean();
    QVERIFY2(aisha < 30 && (you - aisha) / you >= 0.55, qPrintable(QString::number(aisha)));
    const Side &yuki = side(kYuki, false);
    QVERIFY(yuki.withEmoji * 10 > yuki.messages * 6);
    const Side &lena = side(kLena, false);
    QVERIFY(lena.withEmoji * 10 < lena.messages * 2);
    QVERIFY(lena.mean() > you * 0.7 && lena.mean() < you * 1.3);
    const Side &omar = side(kOmar, false);
    QVERIFY(median(omar.replyGapsMs) < 60 * DemoClock::kSecond);
    QVERIFY(median(lena.replyGapsMs) > 60 * DemoClock::kSecond);
    QVERIFY(omar.quickFollowUps * 5 > omar.messages);
}

void TestChatVoice::selfAdaptsPartway()
{
    const double you = demoSides().selfOverall.mean();
    const double withMarco = side(kMarco, true).mean();
    const double withAisha = side(kAisha, true).mean();
    QVERIFY(withMarco > you * 1.2 && withMarco < side(kMarco, false).mean());
    QVERIFY(withAisha < you * 0.8 && withAisha > side(kAisha, false).mean());
    const Side &yuki = side(kYuki, true);
    QVERIFY(yuki.withEmoji * 10 > yuki.messages * 2);
}

void TestChatVoice::lengthyAbsorbsTheDialogue()
{
    const QStringList rest = {u"second line"_s, u"third one."_s, u"fourth"_s};
    for (quint64 seed = 1; seed <= 20; ++seed) {
        ChatVoice voice(TextingStyle::Lengthy, DemoRandom(seed));
        qsizetype next = 0;
        const ChatVoice::MoreLines more
            = [&]() -> const QString * { return next < rest.size() ? &rest[next++] : nullptr; };
        const QString text = voice.compose(false, u"first line"_s, more);
        // Short lines never reach the target, so the whole dialogue is absorbed, in order.
        QCOMPARE(next, rest.size());
        QVERIFY(text.startsWith(u"first line"_s));
        QVERIFY(text.indexOf(u"econd line"_s) < text.indexOf(u"hird one."_s));
        QVERIFY(text.endsWith(u"ourth"_s));
    }
}

void TestChatVoice::terseStaysShort()
{
    const QString line = u"you'd need a fan controller of some sort, or a motherboard that does "
                         u"that for you automatically"_s;
    const ChatVoice::MoreLines none = []() -> const QString * { return nullptr; };
    ChatVoice voice(TextingStyle::Terse, DemoRandom(7));
    int selfShorter = 0;
    for (int i = 0; i < 200; ++i) {
        QVERIFY(voice.compose(false, line, none).size() <= 22);
        const QString mine = voice.compose(true, line, none);
        QVERIFY(mine.size() <= line.size());
        selfShorter += mine.size() < line.size() ? 1 : 0;
    }
    QVERIFY(selfShorter > 60 && selfShorter < 200); // partly, not always
}

void TestChatVoice::rapidPartnerSendsPairs()
{
    ChatVoice voice(TextingStyle::Rapid, DemoRandom(3));
    int pairs = 0;
    for (int i = 0; i < 300; ++i) {
        if (voice.nextTurn(false) != ChatVoice::Turn::Partner)
            continue;
        ++pairs;
        // The second message of a pair never asks for a third.
        QVERIFY(voice.nextTurn(false) != ChatVoice::Turn::Partner);
    }
    QVERIFY(pairs > 50);
    QCOMPARE(voice.nextTurn(true), ChatVoice::Turn::Corpus);
    QVERIFY(voice.gap(false, false, 20 * DemoClock::kMinute, u"x"_s) < 60 * DemoClock::kSecond);
}

// Her second message in a row comes a minute or two later (picking emoji), so she is an
// emoji lover and not a burst texter; replies and self's messages keep the corpus gap.
void TestChatVoice::emojiLoverTakesHerTime()
{
    ChatVoice voice(TextingStyle::EmojiLover, DemoRandom(5));
    const qint64 corpus = 10 * DemoClock::kSecond;
    for (int i = 0; i < 100; ++i) {
        const qint64 followUp = voice.gap(false, true, corpus, u"x"_s);
        QVERIFY(followUp >= corpus + 60 * DemoClock::kSecond);
        QVERIFY(followUp <= corpus + 150 * DemoClock::kSecond);
    }
    QCOMPARE(voice.gap(false, false, corpus, u"x"_s), corpus);
    QCOMPARE(voice.gap(true, true, corpus, u"x"_s), corpus);
}

void TestChatVoice::balancedLeavesLinesAlone()
{
    ChatVoice voice(TextingStyle::Balanced, DemoRandom(1));
    bool asked = false;
    const ChatVoice::MoreLines more = [&asked]() -> const QString * {
        asked = true;
        return nullptr;
    };
    for (const bool fromSelf : {false, true}) {
        QCOMPARE(voice.compose(fromSelf, u"a line"_s, more), u"a line"_s);
        QCOMPARE(voice.gap(fromSelf, false, 12345, u"a line"_s), 12345);
        QCOMPARE(voice.nextTurn(fromSelf), ChatVoice::Turn::Corpus);
    }
    QVERIFY(!asked);
    DemoRandom a(5), b(5);
    QCOMPARE(voice.sessionLines(a), int(b.between(4, 26)));
}

QTEST_GUILESS_MAIN(TestChatVoice)
#include "tst_chatvoice.moc"
