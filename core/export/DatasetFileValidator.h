// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatasetFormat.h"
#include "DatasetValidator.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace idiolect {

struct RenderedExample;

/** What a dataset file holds, for `idiolect-cli validate`. */
struct DatasetFileReport
{
    DatasetContainer container = DatasetContainer::Jsonl;
    bool gzip = false;
    QMap<QString, qint64> rowsByFormat; ///< "alpaca" / "sharegpt" / "messages" → rows.
    ValidationReport validation;
};

/**
 * @brief Validates a written dataset file (.json, .jsonl, optionally .gz)
 *        with the same rules as DatasetValidator.
 *
 * Each row's format is detected from its keys (instruction/output → alpaca,
 * conversations → sharegpt, messages → messages) and converted to a
 * RenderedExample; metadata numbers must be finite and metadata.type known.
 * Rows that are not JSON objects are reported with their line. Fails only when
 * the file cannot be read or is not JSON at all.
 */
class DatasetFileValidator final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetFileValidator)

public:
    static Expected<DatasetFileReport> validateFile(const QString &path);

    /** Converts one row; nullopt (with *problem) if its shape is unknown. */
    static std::optional<std::pair<DatasetFormat, RenderedExample>> fromJson(const QJsonObject &row,
                                                                             QString *problem);
};

} // namespace idiolect
