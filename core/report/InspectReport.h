// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace idiolect {

class ChatExport;

/**
 * @brief The "inspect" summary of an import as JSON (the CLI contract).
 *
 * toJson() has exactly the keys scripts rely on (issue 2): format, self_id,
 * self_method, counts (by message kind), text_messages,
 * outgoing_text_messages, and threads (thread_id, partner, is_group, blocked,
 * text_messages, first_date_sent, last_date_sent), ordered by thread id.
 * details() adds what a person wants to see next to it: schema generation,
 * database version, how self was decided and the candidates when it was
 * ambiguous, incoming counts, reactions, warnings and per-thread extras.
 */
class InspectReport final
{
public:
    static QJsonObject toJson(const ChatExport &ex);
    static QJsonObject details(const ChatExport &ex);
};

} // namespace idiolect
