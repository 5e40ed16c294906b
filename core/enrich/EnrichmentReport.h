// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QJsonObject;

namespace idiolect {

class ChatExport;
struct EnrichmentResult;

/**
 * @brief An enrichment result as JSON, for `idiolect-cli enrich --json` and summaries.
 *
 * `{"summary": {...EnrichmentSummary::toJson}, "warnings": [...], "messages":
 * [{"message_id", "thread_id", "items": [{"kind", "status", "source", "key",
 * "url", "handle", "author", "title", "text", "reason", "content_hash"}]}]}`;
 * empty fields are left out. With @p includeText false, item texts, titles,
 * authors and URLs are omitted so the output can be shared without content.
 */
class EnrichmentReport final
{
public:
    static QJsonObject toJson(const EnrichmentResult &result, const ChatExport &ex,
                              bool includeText);
};

} // namespace idiolect
