// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuthoredFeature.h"
#include "ChatVoice.h"
#include "DemoRandom.h"
#include "ScenarioModel.h"

#include <QList>

#include <deque>
#include <utility>
#include <vector>

namespace idiolect::demogen {

class Corpus;
class Scenario;
struct DialogueLine;

/** A message waiting in a chat, with references still in chat-local numbers. */
struct PendingMessage
{
    ScenarioMessage message;
    qint64 localSeq = 0; ///< 0-based position in its chat.
    qint64 quoteLocal = -1; ///< localSeq of the quoted message, or -1.
    qint64 storyLocal = -1; ///< localSeq of the story this replies/reacts to, or -1.

    /** When the message first reached the database (orders the message table). */
    [[nodiscard]] qint64 orderTime() const
    {
        return message.revisions.isEmpty() ? message.dateReceived
                                           : message.revisions.first().dateReceived;
    }
};

/**
 * @brief Writes one chat of the scenario, a session at a time.
 *
 * A session is a burst of conversation at a plausible local time: corpus
 * dialogue lines mapped onto the chat's participants, decorated now and then
 * with reactions, quotes, media, edits and deletions, plus the authored
 * features scheduled for that session. Only the current session is held in
 * memory. The builder methods (say, event, react, ...) are what
 * AuthoredFeatures uses to write its situations.
 */
class ChatScript final
{
public:
    ChatScript(const Scenario &scenario, int chat, qint64 budget, const Corpus &corpus);

    /** True while the chat has messages left; generates the next session when needed. */
    bool hasNext();
    [[nodiscard]] qint64 nextOrderTime() const { return m_pending.front().orderTime(); }
    PendingMessage take();

    // ---- builder API (used by AuthoredFeatures) ----
    [[nodiscard]] const Scenario &scenario() const { return m_scenario; }
    [[nodiscard]] const ScenarioChat &chat() const;
    [[nodiscard]] int chatIndex() const { return m_chat; }
    [[nodiscard]] qint64 self() const;
    /** The 1:1 partner, or the first other member of a group. */
    [[nodiscard]] qint64 partner() const;
    /** Participants other than self. */
    [[nodiscard]] QList<qint64> others() const;
    [[nodiscard]] QString firstName(qint64 recipientId) const;
    DemoRandom &rng() { return m_rng; }

    /** Adds a text message @p gapMs after the previous one; returns its handle. */
    int say(qint64 sender, const QString &body, qint64 gapMs);
    /** Adds a non-text row (call, group update, ...). */
    int event(MessageType type, qint64 sender, qint64 gapMs);
    [[nodiscard]] ScenarioMessage &at(int handle);
    void quote(int handle, int target);
    void react(int handle, qint64 author, const QString &emoji, qint64 delayMs);
    /** Replaces each "{@id}" in the body with U+FFFC and records the mention. */
    void resolveMentions(int handle);
    void attach(int handle, ScenarioAttachment attachment);
    void replyToStory(int handle, int story);
    /** Makes the body an edit of @p previousBody, corrected @p delayMs after sending. */
    void edit(int handle, const QString &previousBody, qint64 delayMs);
    /** Ends the chat after the current session (e.g. self left the group). */
    void endChat() { m_budget = 0; }
    /** Messages the chat was given but did not write because it ended early (once). */
    qint64 takeUnusedBudget() { return std::max<qint64>(0, std::exchange(m_unused, 0)); }
    /** Gives the chat more messages to write (taken from chats that ended early). */
    void addBudget(qint64 messages) { m_budget += messages; }

private:
    bool generateSession();
    qint64 nextSessionStart();
    void playDialogue(int lines, const std::vector<AuthoredFeature> &features);
    void decorate(int handle, int sessionFirst);
    /** The next corpus line; moves on to the next dialogue after the last one. */
    const DialogueLine &nextLine();
    std::vector<AuthoredFeature> featuresForSession();
    int addMessage(MessageType type, qint64 sender, qint64 gapMs);

    const Scenario &m_scenario;
    const Corpus &m_corpus;
    int m_chat = 0;
    DemoRandom m_rng;
    ChatVoice m_voice; ///< How the partner writes, and self with them.
    QList<qint64> m_participants;
    qint64 m_budget = 0;
    qint64 m_unused = 0; ///< Budget left when the chat ended early.
    qint64 m_nextLocalSeq = 0;
    qint64 m_cursor = 0; ///< Time of the last message written.
    qint64 m_sessionIndex = 0;
    qint64 m_sessionCount = 1;
    qint64 m_sessionSpacing = 0;
    size_t m_corpusCursor = 0;
    size_t m_lineCursor = 0;
    std::vector<std::pair<qint64, AuthoredFeature>> m_schedule; ///< (session, feature)
    std::deque<PendingMessage> m_pending;
    qint64 m_sessionBase = 0; ///< localSeq of the first message of the current session.
};

} // namespace idiolect::demogen
