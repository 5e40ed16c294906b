// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatasetFormat.h"

#include <QByteArray>

namespace idiolect {

class JsonWriter;
class TextLayer;
struct Example;
struct RenderedExample;

/**
 * @brief Writes one dataset row: the format's fields plus, optionally, metadata.
 *
 * alpaca: {"instruction","input","output"[,"system"]}; sharegpt:
 * {"conversations":[{"from","value"}]}; messages: {"messages":[{"role","content"[,"weight"]}]}.
 * Compact metadata: id, type, thread_id, message_ids. Full metadata has the
 * same keys and value types in every row (-1 / "" when a key
 * does not apply to the example's type): id, type, strategy, thread_id,
 * partner, message_ids, context_size, target_count, timestamp, momentum,
 * response_delay, avg_time_gap, burst_size, avg_time_between, partner_style,
 * your_usual_style, adaptation_level, style_difference, split_ratio,
 * answer_delay, has_media.
 */
class RecordEncoder final
{
public:
    static void encode(JsonWriter &json, const RenderedExample &rendered, const Example &example,
                       const TextLayer &layer, DatasetFormat format, MetadataLevel metadata);
    /** The metadata object alone (also used by the review UI and tests). */
    static void encodeMetadata(JsonWriter &json, const Example &example, const TextLayer &layer,
                               MetadataLevel level = MetadataLevel::Full);
};

} // namespace idiolect
