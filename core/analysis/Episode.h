// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace idiolect {

/** What an episode is about (see docs/algorithms.md for the rule). */
enum class ConversationType : quint8 { Chat, Discussion, Planning, Unclassified };

/** "chat", "discussion", "planning" or "" when not classified. */
QString conversationTypeName(ConversationType type);

/**
 * @brief A natural dialogue episode: messages of one thread without a long pause.
 *
 * Positions index CorpusThread::messages: the episode is [begin, end). An
 * episode longer than max_episode_length is split; part/partCount say which
 * chunk this is (1-based; partCount 1 when it was not split).
 */
struct Episode
{
    quint32 thread = 0; ///< Index into Corpus::threads().
    quint32 begin = 0;
    quint32 end = 0;
    quint32 firstOfWhole = 0; ///< Position of the first message of the unsplit episode.
    int part = 1;
    int partCount = 1;
    qint64 yourMessages = 0;
    double avgResponseTime = -1; ///< Mean gap at speaker changes, seconds; -1 if none.
    ConversationType type = ConversationType::Unclassified;

    [[nodiscard]] int messageCount() const { return int(end - begin); }
};

} // namespace idiolect
