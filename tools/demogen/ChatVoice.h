// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"
#include "ScenarioModel.h"

#include <QString>

#include <functional>

namespace idiolect::demogen {

/**
 * @brief How the two people of a 1:1 chat write: the partner's texting style
 * and self's partial adaptation to it.
 *
 * ChatScript hands each corpus line to the voice before it becomes a message.
 * A lengthy partner's message absorbs the following lines of the dialogue, a
 * terse partner's shrinks to a few words, an emoji lover's gets emoji, a rapid
 * partner answers within seconds and keeps typing. Self moves part of the way
 * towards the partner (longer with the lengthy one, shorter with the terse
 * one), which is what the adaptive strategy learns from. The voice draws from
 * its own random stream, so chats in the balanced style are unaffected.
 */
class ChatVoice final
{
public:
    /** Returns the next line of the current dialogue, or nullptr at its end. */
    using MoreLines = std::function<const QString *()>;

    ChatVoice(TextingStyle style, DemoRandom rng) : m_style(style), m_rng(rng) { }

    [[nodiscard]] TextingStyle style() const { return m_style; }
    /** Dialogue lines a session plays: lengthy and terse chats are short, frequent exchanges. */
    [[nodiscard]] int sessionLines(DemoRandom &sessionRng) const;
    /** The message the sender writes for @p line, possibly absorbing more lines. */
    QString compose(bool fromSelf, const QString &line, const MoreLines &more);
    /** Delay before a message given the corpus-derived @p gapMs (typing, rapid answers). */
    qint64 gap(bool fromSelf, bool sameSender, qint64 gapMs, const QString &text);
    /** Who writes the next message whatever the corpus says: Self, Partner, or Corpus. */
    enum class Turn : quint8 { Corpus, Self, Partner };
    /** A rapid partner sends two quick messages in a row, and self usually answers them. */
    Turn nextTurn(bool fromSelf);

private:
    QString lengthy(const QString &line, const MoreLines &more, qsizetype target);
    QString terse(const QString &line);
    QString adaptedToTerse(const QString &line);
    QString withLotsOfEmoji(const QString &line);
    QString pick(const QStringList &list);

    TextingStyle m_style;
    DemoRandom m_rng;
    bool m_followingUp = false; ///< The last message was a rapid partner's second one.
};

} // namespace idiolect::demogen
