// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace idiolect {

class ChatExport;

/**
 * @brief The "inspect" summary of an import as JSON (the CLI contract).
 *
 * Keys: format, schema, database_version, self_id, self_method, self_detail,
 * self_candidates, counts (by message kind), text_messages,
 * outgoing_text_messages, incoming_text_messages, reactions, warnings, and
 * threads (thread_id, partner, is_group, blocked, text_messages,
 * outgoing_text_messages, first_date_sent, last_date_sent), ordered by thread id.
 */
class InspectReport final
{
public:
    static QJsonObject toJson(const ChatExport &ex);
};

} // namespace idiolect
