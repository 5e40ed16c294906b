// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace idiolect {

/** The row shape trainers load (docs/algorithms.md, "Output formats"). */
enum class DatasetFormat : quint8 {
    Alpaca, ///< {instruction, input, output[, system]} — LLaMA-Factory alpaca.
    ShareGpt, ///< {conversations: [{from: system|human|gpt, value}]} — LLaMA-Factory sharegpt.
    Messages, ///< {messages: [{role, content}]} — OpenAI, Axolotl chat_template, Unsloth.
};

/** How a file holds the rows. */
enum class DatasetContainer : quint8 {
    Json, ///< One document: version, created_at, total_examples, examples, style_analysis.
    Jsonl, ///< One example per line; the style analysis goes to a .style.json sidecar.
};

/** How several of your messages in a row become chat turns. */
enum class BurstTurns : quint8 {
    Merge, ///< One assistant turn, messages joined by the separator (roles always alternate).
    Separate, ///< One assistant turn each, weight 0 for context and 1 for targets (messages format only).
};

QString datasetFormatName(DatasetFormat format);
std::optional<DatasetFormat> datasetFormatFromName(QStringView name);
QStringList datasetFormatNames();

/** How much of the example metadata each row carries. */
enum class MetadataLevel : quint8 {
    None, ///< Only the format's fields.
    Compact, ///< id, type, thread_id, message_ids: enough to trace a row back to its messages.
    Full, ///< Every field (see RecordEncoder), the same keys in every row.
};

QString metadataLevelName(MetadataLevel level);
std::optional<MetadataLevel> metadataLevelFromName(QStringView name);

/** Container and compression of an output path, from its extension. */
struct DatasetPath
{
    DatasetContainer container = DatasetContainer::Jsonl;
    bool gzip = false;

    /** .json, .jsonl, .json.gz, .jsonl.gz (case-insensitive); nullopt for anything else. */
    static std::optional<DatasetPath> fromPath(const QString &path);
    /** The path without .json/.jsonl and .gz (for sidecars). */
    static QString baseName(const QString &path);
};

} // namespace idiolect
