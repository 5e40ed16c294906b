// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportSelection.h"
#include "export/DatasetFormat.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace idiolect {

/** The export page's choices, as the project file keeps them. */
struct ExportSettings
{
    Q_DECLARE_TR_FUNCTIONS(ExportSettings)

public:
    enum class FileType : quint8 { Jsonl, JsonlGzip, Json, JsonGzip };

    DatasetFormat format = DatasetFormat::Alpaca;
    FileType fileType = FileType::Jsonl;
    ExportScope scope = ExportScope::AllButRejected;
    bool datasetInfo = true; ///< LLaMA-Factory dataset_info.json beside a .jsonl file.
    QString datasetName = QStringLiteral("idiolect");
    QString systemPrompt;
    BurstTurns burstTurns = BurstTurns::Merge;
    bool metadata = true; ///< Rows carry their metadata (compact for .jsonl, full for .json).
    bool styleSidecar = true;

    /** ".jsonl", ".jsonl.gz", ".json" or ".json.gz". */
    [[nodiscard]] QString extension() const;
    /** @p path with this file type's extension (replacing a dataset extension it has). */
    [[nodiscard]] QString withExtension(const QString &path) const;
    /**
     * dataset_info.json is only meaningful for plain .jsonl (LLaMA-Factory reads those) whose
     * turns alternate: LLaMA-Factory skips a row with two assistant turns in a row, which
     * separate burst turns write.
     */
    [[nodiscard]] bool datasetInfoApplies() const
    {
        return fileType == FileType::Jsonl
            && !(format == DatasetFormat::Messages && burstTurns == BurstTurns::Separate);
    }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ExportSettings fromJson(const QJsonObject &json);

    friend bool operator==(const ExportSettings &, const ExportSettings &) = default;
};

} // namespace idiolect
