// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace idiolect {

class Corpus;
struct ConversationWindow;
struct Episode;

/**
 * @brief JSON of windows and episodes with the original API's field names.
 *
 * Windows: thread_id, context[{speaker, text, timestamp, has_media}],
 * response{text, timestamp}, metadata{momentum, context_size, avg_time_gap,
 * response_delay, conversation_partner, has_media, window_number}.
 * Episodes: episode_id, thread_id, messages[{speaker, text, timestamp}],
 * metadata{duration_seconds, duration_minutes, message_count, episode_length,
 * participant_turns, turn_pattern, initiated_by, ended_by, your_message_count,
 * avg_response_time, conversation_type, part_index, part_count}.
 * Timestamps are date_sent in ms. Speakers are "You" or names from the text layer.
 */
class AnalysisJson final
{
public:
    static QJsonObject window(const Corpus &corpus, const ConversationWindow &window);
    static QJsonObject episode(const Corpus &corpus, const Episode &episode);
};

} // namespace idiolect
