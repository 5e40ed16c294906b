// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatVoice.h"

#include "DemoClock.h"

#include <QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

/** Replies of someone who does not waste keystrokes. */
const QStringList &terseReplies()
{
    static const QStringList list
        = {u"k"_s,      u"ok"_s,    u"okay"_s,   u"yep"_s,         u"yes"_s,      u"nope"_s,
           u"sure"_s,   u"np"_s,    u"lol"_s,    u"haha"_s,        u"nice"_s,     u"cool"_s,
           u"got it"_s, u"on it"_s, u"fine"_s,   u"mhm"_s,         u"ok thx"_s,   u"no idea"_s,
           u"maybe"_s,  u"later"_s, u"done"_s,   u"👍"_s,           u"why?"_s,     u"when?"_s,
           u"where?"_s, u"now?"_s,  u"which?"_s, u"u sure?"_s,     u"and?"_s,     u"hm"_s,
           u"same"_s,   u"true"_s,  u"ugh"_s,    u"sounds good"_s, u"tomorrow"_s, u"busy"_s};
    return list;
}

/** What self says when keeping it short for a terse partner. */
const QStringList &selfShortReplies()
{
    static const QStringList list = {u"ok"_s,      u"sure"_s, u"sounds good"_s,    u"will do"_s,
                                     u"haha ok"_s, u"yes!"_s, u"ok, later then"_s, u"fine by me"_s};
    return list;
}

const QStringList &loverEmoji()
{
    static const QStringList list
        = u"😍 🥰 😂 ✨ 🙌 🌸 😊 🤩 💕 🥹 🤷‍♀️ 👍🏻 🎉 😆 🍜 ☀️"_s
              .split(u' ');
    return list;
}

/** The text up to its first clause break (", ", ". ", "; ", or after "? "/"! "). */
QString firstClause(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i + 1] != u' ')
            continue;
        const QChar c = text[i];
        if (c == u'?' || c == u'!')
            return text.left(i + 1);
        if (c == u',' || c == u'.' || c == u';')
            return text.left(i);
    }
    return text;
}

/** Two lines as one message: a sentence break unless the first already ends one. */
QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    const QChar last = a.back();
    if (last == u'.' || last == u'!' || last == u'?' || last == u':' || last == u')')
        return a + u' ' + b;
    QString rest = b;
    if (!rest.isEmpty() && rest.front().isLower())
        rest.front() = rest.front().toUpper();
    return a + u". "_s + rest;
}

} // namespace

int ChatVoice::sessionLines(DemoRandom &sessionRng) const
{
    if (m_style == TextingStyle::Lengthy || m_style == TextingStyle::Terse)
        return int(sessionRng.between(3, 15));
    return int(sessionRng.between(4, 26));
}

QString ChatVoice::compose(bool fromSelf, const QString &line, const MoreLines &more)
{
    switch (m_style) {
    case TextingStyle::Balanced: return line;
    case TextingStyle::Lengthy:
        if (!fromSelf)
            return lengthy(line, more, m_rng.between(110, 400));
        // Self writes more than usual with them, without writing essays.
        return m_rng.chance(600) ? lengthy(line, more, line.size() + 1) : line;
    case TextingStyle::Terse: return fromSelf ? adaptedToTerse(line) : terse(line);
    case TextingStyle::EmojiLover:
        if (!fromSelf)
            return withLotsOfEmoji(line);
        return m_rng.chance(250) ? line + u' ' + pick(loverEmoji()) : line;
    case TextingStyle::Rapid: return line;
    }
    return line;
}

qint64 ChatVoice::gap(bool fromSelf, bool sameSender, qint64 gapMs, const QString &text)
{
    if (fromSelf)
        return gapMs;
    switch (m_style) {
    case TextingStyle::Rapid:
        return sameSender ? m_rng.between(2, 12) * DemoClock::kSecond
                          : m_rng.between(4, 45) * DemoClock::kSecond;
    case TextingStyle::Lengthy:
        // Long messages take a while to type.
        return gapMs + text.size() * m_rng.between(150, 300);
    case TextingStyle::EmojiLover:
        // Picking emoji takes a while: a second message in a row comes a minute or two later.
        return sameSender ? gapMs + m_rng.between(60, 150) * DemoClock::kSecond : gapMs;
    case TextingStyle::Balanced:
    case TextingStyle::Terse: break;
    }
    return gapMs;
}

ChatVoice::Turn ChatVoice::nextTurn(bool fromSelf)
{
    if (fromSelf || m_style != TextingStyle::Rapid)
        return Turn::Corpus;
    if (!std::exchange(m_followingUp, false)) {
        if (m_rng.chance(600)) {
            m_followingUp = true;
            return Turn::Partner;
        }
        return Turn::Corpus;
    }
    return m_rng.chance(700) ? Turn::Self : Turn::Corpus;
}

QString ChatVoice::lengthy(const QString &line, const MoreLines &more, qsizetype target)
{
    QString text = line;
    while (text.size() < target) {
        const QString *next = more();
        if (!next)
            break;
        // Now and then a new paragraph instead of a new sentence.
        text = m_rng.chance(120) ? QString(text + u"\n\n"_s + *next) : joined(text, *next);
    }
    return text;
}

QString ChatVoice::terse(const QString &line)
{
    if (line.size() <= 18 && m_rng.chance(800))
        return line;
    if (m_rng.chance(350)) {
        const QString clause = firstClause(line);
        if (clause.size() >= 2 && clause.size() <= 22)
            return clause;
    }
    return pick(terseReplies());
}

QString ChatVoice::adaptedToTerse(const QString &line)
{
    if (line.size() > 30 && m_rng.chance(600)) {
        const QString clause = firstClause(line);
        if (clause.size() >= 8)
            return clause;
    }
    return m_rng.chance(150) ? pick(selfShortReplies()) : line;
}

QString ChatVoice::withLotsOfEmoji(const QString &line)
{
    const qint64 roll = m_rng.bounded(100);
    if (roll < 8) { // nothing but emoji
        const QString e = pick(loverEmoji());
        return m_rng.chance(500) ? QString(e + e + e) : QString(e + pick(loverEmoji()));
    }
    if (roll < 20)
        return pick(loverEmoji()) + u' ' + line;
    if (roll < 85) {
        const QString e = pick(loverEmoji());
        return line + u' ' + (m_rng.chance(300) ? QString(e + e) : e);
    }
    return line;
}

QString ChatVoice::pick(const QStringList &list)
{
    return list[m_rng.bounded(list.size())];
}

} // namespace idiolect::demogen
