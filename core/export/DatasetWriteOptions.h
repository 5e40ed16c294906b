// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RenderOptions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace idiolect {

/** Where and how a dataset is written (save_training_data of the original API). */
struct DatasetWriteOptions
{
    /** .json (one document), .jsonl, .json.gz or .jsonl.gz; the extension decides. */
    QString path;
    RenderOptions render;
    /** Refuse to write if any example is invalid (the error lists them). */
    bool validate = true;
    /** With validate: leave invalid examples out instead of refusing (counted). */
    bool dropInvalid = false;
    /**
     * Metadata in every row; nullopt = Compact for .jsonl (trainers ignore it and it
     * halves the file) and Full for the .json document.
     */
    std::optional<MetadataLevel> metadata;
    /** Write (or update) a LLaMA-Factory dataset_info.json beside a .jsonl file. */
    bool writeDatasetInfo = false;
    QString datasetName = QStringLiteral("idiolect");
    /** For .jsonl: write the style analysis to <name>.style.json. */
    bool styleSidecar = true;
    /** Style analysis for the document or sidecar; empty = none. */
    QJsonObject styleAnalysis;
    /** Extra run facts for the document/sidecar (counts by type, options). */
    QJsonObject runInfo;
    /** created_at; invalid = now. Tests fix it so golden files are stable. */
    QDateTime createdAt;
    int compressionLevel = 6;
};

} // namespace idiolect
