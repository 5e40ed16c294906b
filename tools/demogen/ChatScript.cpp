// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatScript.h"

#include "AuthoredFeatures.h"
#include "Corpus.h"
#include "DemoClock.h"
#include "Scenario.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

constexpr QChar kObjectReplacement = QChar(0xFFFC);

/** Relative chance of a session starting in each local hour (evenings are busy). */
constexpr int kHourWeights[24]
    = {2, 1, 0, 0, 0, 0, 1, 3, 5, 4, 3, 4, 7, 6, 3, 3, 4, 6, 8, 10, 11, 11, 9, 5};

int averageSessionLength(ChatKind kind, TextingStyle style)
{
    switch (kind) {
    case ChatKind::Direct:
        // Mirrors ChatVoice::sessionLines: 4-26 dialogue lines, 3-15 in short exchanges.
        return style == TextingStyle::Lengthy || style == TextingStyle::Terse ? 9 : 14;
    case ChatKind::Group: return 16;
    case ChatKind::NoteToSelf: return 2;
    case ChatKind::StoryList: return 1;
    }
    return 10;
}

const QStringList &reactionEmoji()
{
    static const QStringList list
        = {u"❤️"_s, u"👍"_s, u"😂"_s, u"😮"_s, u"😢"_s, u"🙏"_s, u"👍🏽"_s, u"🔥"_s};
    return list;
}

const QStringList &suffixEmoji()
{
    static const QStringList list
        = {u" 😂"_s, u" 🙂"_s, u" 😅"_s, u" 👍"_s, u" 🙈"_s, u" :)"_s, u" 🤔"_s, u" 🎉"_s};
    return list;
}

/** A plausible typo: two neighbouring letters swapped. */
QString withTypo(const QString &text, DemoRandom &rng)
{
    if (text.size() < 6)
        return text + u'x';
    QString out = text;
    const qsizetype at = 1 + rng.bounded(out.size() - 3);
    if (out[at].isLetter() && out[at + 1].isLetter())
        std::swap(out[at], out[at + 1]);
    else
        out.insert(at, out[at]);
    return out;
}

} // namespace

ChatScript::ChatScript(const Scenario &scenario, int chat, qint64 budget, const Corpus &corpus)
    : m_scenario(scenario),
      m_corpus(corpus),
      m_chat(chat),
      m_rng(DemoRandom(scenario.options.seed).fork(quint64(chat) + 1)),
      m_voice(scenario.chats[chat].kind == ChatKind::Direct ? scenario.chats[chat].partnerStyle
                                                            : TextingStyle::Balanced,
              m_rng.fork(0x701CE)),
      m_participants(scenario.participants(chat)),
      m_budget(budget)
{
    const ScenarioChat &c = this->chat();
    m_cursor = c.startsAt;
    const int sessionLength = averageSessionLength(c.kind, m_voice.style());
    m_sessionCount = std::max<qint64>(1, (budget + sessionLength - 1) / sessionLength);
    m_sessionSpacing = std::max<qint64>(DemoClock::kHour, (c.endsAt - c.startsAt) / m_sessionCount);
    if (!corpus.dialogues().empty())
        m_corpusCursor = size_t(m_rng.bounded(qint64(corpus.dialogues().size())));

    // Spread the chat's authored features over the first 80 % of its sessions.
    const QList<AuthoredFeature> &features = scenario.chatFeatures[chat];
    const qint64 n = features.size();
    for (qint64 i = 0; i < n; ++i) {
        const AuthoredFeature f = features[i];
        if (f == AuthoredFeature::SelfLeftGroup)
            continue; // played when the chat runs out of messages
        qint64 session = (i + 1) * m_sessionCount * 8 / (10 * (n + 1));
        if (f == AuthoredFeature::GroupCreated || f == AuthoredFeature::Joined)
            session = 0;
        m_schedule.emplace_back(session, f);
    }
    std::stable_sort(m_schedule.begin(), m_schedule.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
}

const ScenarioChat &ChatScript::chat() const
{
    return m_scenario.chats[m_chat];
}

qint64 ChatScript::self() const
{
    return m_scenario.selfId;
}

qint64 ChatScript::partner() const
{
    for (qint64 id : m_participants) {
        if (id != self())
            return id;
    }
    return self();
}

QList<qint64> ChatScript::others() const
{
    QList<qint64> out;
    for (qint64 id : m_participants) {
        if (id != self())
            out.append(id);
    }
    return out;
}

QString ChatScript::firstName(qint64 recipientId) const
{
    const ScenarioPerson *p = m_scenario.person(recipientId);
    return p ? p->firstName() : QString();
}

bool ChatScript::hasNext()
{
    while (m_pending.empty()) {
        if (m_budget <= 0 || !generateSession())
            return false;
    }
    return true;
}

PendingMessage ChatScript::take()
{
    PendingMessage m = std::move(m_pending.front());
    m_pending.pop_front();
    return m;
}

qint64 ChatScript::nextSessionStart()
{
    const ScenarioChat &c = chat();
    qint64 base = c.startsAt + m_sessionIndex * m_sessionSpacing
        + m_rng.bounded(std::max<qint64>(1, m_sessionSpacing * 6 / 10));
    // Now and then a long silence: the chat skips a stretch of sessions.
    if (m_sessionIndex > 2 && m_rng.chance(25))
        base += m_sessionSpacing * m_rng.between(3, 6);
    int total = 0;
    for (int w : kHourWeights)
        total += w;
    qint64 pick = m_rng.bounded(total);
    int hour = 0;
    while (pick >= kHourWeights[hour]) {
        pick -= kHourWeights[hour];
        ++hour;
    }
    const int minute = hour * 60 + int(m_rng.bounded(60));
    qint64 start = DemoClock::atLocalMinute(DemoClock::berlinDayStart(base), minute)
        + m_rng.bounded(DemoClock::kMinute);
    // Late sessions squeeze in before the chat's end instead of running past it.
    if (start > c.endsAt)
        start = m_cursor + m_rng.between(20, 360) * DemoClock::kMinute;
    if (start <= m_cursor + 20 * DemoClock::kMinute)
        start = m_cursor + 20 * DemoClock::kMinute + m_rng.bounded(DemoClock::kHour);
    return start;
}

std::vector<AuthoredFeature> ChatScript::featuresForSession()
{
    std::vector<AuthoredFeature> out;
    while (!m_schedule.empty() && m_schedule.front().first <= m_sessionIndex) {
        out.push_back(m_schedule.front().second);
        m_schedule.erase(m_schedule.begin());
    }
    // Large exports: the chat's situations come back now and then.
    const QList<AuthoredFeature> &mine = m_scenario.chatFeatures[m_chat];
    if (out.empty() && m_schedule.empty() && !mine.isEmpty() && m_rng.chance(40)) {
        const AuthoredFeature f = mine[m_rng.bounded(mine.size())];
        if (AuthoredFeatures::isRepeatable(f))
            out.push_back(f);
    }
    return out;
}

bool ChatScript::generateSession()
{
    const ScenarioChat &c = chat();
    const qint64 start = nextSessionStart();
    m_cursor = start;
    std::vector<AuthoredFeature> features = featuresForSession();
    ++m_sessionIndex;

    switch (c.kind) {
    case ChatKind::StoryList: AuthoredFeatures::play(AuthoredFeature::SelfStory, *this); break;
    case ChatKind::NoteToSelf:
        if (!features.empty())
            AuthoredFeatures::play(features.front(), *this);
        else
            playDialogue(1 + int(m_rng.bounded(2)), {});
        break;
    case ChatKind::Direct:
    case ChatKind::Group:
        if (c.kind == ChatKind::Direct && c.selfShare == 0) {
            // Someone self never writes to (spam): only what the feature scripts.
            AuthoredFeatures::play(AuthoredFeature::Spam, *this);
            m_unused = m_budget - qint64(m_pending.size());
            endChat();
            return true;
        }
        if (c.kind == ChatKind::Direct && m_rng.chance(30))
            AuthoredFeatures::play(AuthoredFeature::Calls, *this);
        playDialogue(m_voice.sessionLines(m_rng), features);
        break;
    }
    m_budget -= qint64(m_pending.size());
    // Self left the group: the chat ends with that.
    if (c.kind == ChatKind::Group && m_budget <= 3) {
        for (const AuthoredFeature f : m_scenario.chatFeatures[m_chat]) {
            if (f == AuthoredFeature::SelfLeftGroup) {
                AuthoredFeatures::play(f, *this);
                m_unused = m_budget - 1;
                m_budget = 0;
            }
        }
    }
    return !m_pending.empty() || m_budget > 0;
}

void ChatScript::playDialogue(int lines, const std::vector<AuthoredFeature> &features)
{
    const auto &dialogues = m_corpus.dialogues();
    const qint64 wanted = std::min<qint64>(lines, std::max<qint64>(1, m_budget));
    // Where the authored situations go between the dialogue lines.
    std::vector<std::pair<qint64, AuthoredFeature>> slots;
    for (const AuthoredFeature f : features) {
        const bool first = f == AuthoredFeature::GroupCreated || f == AuthoredFeature::Joined;
        slots.emplace_back(first ? -1 : m_rng.bounded(wanted + 1), f);
    }
    std::stable_sort(slots.begin(), slots.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    // Who says what: the dialogue's speakers mapped onto this chat's people.
    QList<qint64> cast = m_participants;
    for (qsizetype i = cast.size() - 1; i > 0; --i)
        cast.swapItemsAt(i, m_rng.bounded(i + 1));
    if (!m_rng.chance(chat().selfShare * 10)) {
        cast.removeAll(self());
        if (cast.isEmpty() || chat().kind == ChatKind::Direct)
            cast.append(self());
    } else {
        cast.removeAll(self());
        cast.prepend(self());
    }

    const int sessionFirst = int(m_pending.size());
    size_t slot = 0;
    qint64 previousSpeaker = -1;
    qint64 nextSender = -1; // set when the voice decides who writes next
    const ChatVoice::MoreLines moreOfDialogue
        = [this]() -> const QString * { return m_lineCursor == 0 ? nullptr : &nextLine().text; };
    for (qint64 i = 0; i <= wanted; ++i) {
        while (slot < slots.size() && slots[slot].first <= i) {
            AuthoredFeatures::play(slots[slot].second, *this);
            ++slot;
        }
        if (i == wanted || dialogues.empty())
            continue;
        const DialogueLine &line = nextLine();
        qint64 sender
            = chat().kind == ChatKind::NoteToSelf ? self() : cast[line.speaker % cast.size()];
        if (nextSender >= 0)
            sender = std::exchange(nextSender, -1);
        const bool fromSelf = sender == self();
        const QString text = m_voice.compose(fromSelf, line.text, moreOfDialogue);
        qint64 gap = line.gapMinutes * DemoClock::kMinute * 7 / 10;
        if (sender != previousSpeaker)
            gap += m_rng.between(15, 180) * DemoClock::kSecond;
        else if (m_rng.chance(600))
            gap += m_rng.between(3, 25) * DemoClock::kSecond; // a quick second message
        else
            gap += m_rng.between(150, 420) * DemoClock::kSecond; // coming back to add a thought
        if (m_rng.chance(30))
            gap += m_rng.between(10, 50) * DemoClock::kMinute; // a lull mid-conversation
        gap = m_voice.gap(fromSelf, sender == previousSpeaker, gap, text);
        previousSpeaker = sender;
        const int h = say(sender, text, gap);
        decorate(h, sessionFirst);
        const ChatVoice::Turn turn = m_voice.nextTurn(fromSelf);
        if (turn != ChatVoice::Turn::Corpus)
            nextSender = turn == ChatVoice::Turn::Self ? self() : partner();
    }
}

const DialogueLine &ChatScript::nextLine()
{
    const auto &dialogues = m_corpus.dialogues();
    const Dialogue &d = dialogues[m_corpusCursor % dialogues.size()];
    const DialogueLine &line = d.lines[m_lineCursor];
    if (++m_lineCursor >= d.lines.size()) {
        m_lineCursor = 0;
        ++m_corpusCursor;
    }
    return line;
}

void ChatScript::decorate(int h, int sessionFirst)
{
    ScenarioMessage &m = at(h);
    const QList<qint64> everyone = m_participants;
    if (m_rng.chance(70))
        m.body += suffixEmoji()[m_rng.bounded(suffixEmoji().size())];
    if (everyone.size() > 1 && m_rng.chance(40)) {
        qint64 author = everyone[m_rng.bounded(everyone.size())];
        if (author == m.senderId)
            author = m.senderId == self() ? partner() : self();
        react(h, author, reactionEmoji()[m_rng.bounded(reactionEmoji().size())],
              m_rng.between(5, 600) * DemoClock::kSecond);
    }
    if (h > sessionFirst && m_rng.chance(30)) {
        const int target = int(sessionFirst + m_rng.bounded(h - sessionFirst));
        if (at(target).type == MessageType::Text && !at(target).body.isEmpty()
            && at(target).senderId != m.senderId && at(target).revisions.isEmpty()
            && !at(target).remoteDeleted)
            quote(h, target);
    }
    if (m_rng.chance(12)) {
        attach(h, AuthoredFeatures::photo(m_rng));
        if (m_rng.chance(500))
            m.body.clear(); // media only
    } else if (m_rng.chance(3) && m.quote.targetId == 0) {
        m.remoteDeleted = true;
    } else if (m_rng.chance(5) && m.quote.targetId == 0) {
        edit(h, withTypo(m.body, m_rng), m_rng.between(20, 240) * DemoClock::kSecond);
    }
}

int ChatScript::addMessage(MessageType type, qint64 sender, qint64 gapMs)
{
    m_cursor += std::max<qint64>(gapMs, DemoClock::kSecond);
    PendingMessage p;
    p.localSeq = m_nextLocalSeq++;
    ScenarioMessage &m = p.message;
    m.chat = m_chat;
    m.type = type;
    m.senderId = sender;
    m.outgoing = sender == self();
    m.dateSent = m_cursor;
    if (m.outgoing) {
        m.dateReceived = m_cursor + m_rng.between(2, 40);
    } else {
        m.dateServer = m_cursor + m_rng.between(80, 900);
        m.dateReceived = m.dateServer + m_rng.between(40, 4000);
    }
    m_pending.push_back(std::move(p));
    return int(m_pending.size()) - 1;
}

int ChatScript::say(qint64 sender, const QString &body, qint64 gapMs)
{
    const int h = addMessage(MessageType::Text, sender, gapMs);
    at(h).body = body;
    return h;
}

int ChatScript::event(MessageType type, qint64 sender, qint64 gapMs)
{
    return addMessage(type, sender, gapMs);
}

ScenarioMessage &ChatScript::at(int handle)
{
    return m_pending[size_t(handle)].message;
}

void ChatScript::quote(int handle, int target)
{
    const ScenarioMessage &t = at(target);
    ScenarioMessage &m = at(handle);
    m.quote.targetDateSent = t.dateSent;
    m.quote.authorId = t.senderId;
    m.quote.body = t.body;
    for (const ScenarioAttachment &a : t.attachments) {
        if (a.contentType.startsWith(u"image/"_s) && !a.sticker)
            m.quote.thumbnailContentType = a.contentType;
    }
    m.quote.targetId = -1; // resolved when the message is emitted
    m_pending[size_t(handle)].quoteLocal = m_pending[size_t(target)].localSeq;
}

void ChatScript::react(int handle, qint64 author, const QString &emoji, qint64 delayMs)
{
    ScenarioMessage &m = at(handle);
    for (const ScenarioReaction &r : std::as_const(m.reactions)) {
        if (r.authorId == author)
            return; // one reaction per person and message
    }
    ScenarioReaction r;
    r.authorId = author;
    r.emoji = emoji;
    r.dateSent = m.dateSent + delayMs;
    r.dateReceived = r.dateSent + m_rng.between(100, 3000);
    m.reactions.append(r);
}

void ChatScript::resolveMentions(int handle)
{
    ScenarioMessage &m = at(handle);
    while (true) {
        const qsizetype open = m.body.indexOf(u"{@"_s);
        if (open < 0)
            break;
        const qsizetype close = m.body.indexOf(u'}', open);
        const qint64 id = m.body.mid(open + 2, close - open - 2).toLongLong();
        m.body.replace(open, close - open + 1, kObjectReplacement);
        m.mentions.append(ScenarioMention{id, int(open), 1});
    }
}

void ChatScript::attach(int handle, ScenarioAttachment attachment)
{
    at(handle).attachments.append(std::move(attachment));
}

void ChatScript::replyToStory(int handle, int story)
{
    at(handle).parentStoryId = -1; // resolved when emitted
    m_pending[size_t(handle)].storyLocal = m_pending[size_t(story)].localSeq;
}

void ChatScript::edit(int handle, const QString &previousBody, qint64 delayMs)
{
    ScenarioMessage &m = at(handle);
    ScenarioRevision original;
    original.body = previousBody;
    original.dateSent = m.dateSent;
    original.dateReceived = m.dateReceived;
    m.revisions.append(original);
    m.dateSent += delayMs;
    m.dateReceived += delayMs;
    if (m.dateServer > 0)
        m.dateServer += delayMs;
}

} // namespace idiolect::demogen
