// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatasetValidator.h"
#include "DatasetWriteOptions.h"
#include "common/Expected.h"
#include "model/TextLayer.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace idiolect {

class JobContext;
struct Example;

/** What a write produced. */
struct DatasetWriteResult
{
    QString path;
    qint64 written = 0;
    qint64 invalidDropped = 0;
    qint64 bytes = 0;
    QString sidecarPath; ///< The .style.json, if written.
    QString datasetInfoPath; ///< dataset_info.json, if written.
    ValidationReport validation;
    QStringList warnings;
};

/**
 * @brief Renders, validates, encodes and writes examples atomically.
 *
 * Rows are rendered and encoded in parallel chunks (gzip members compress in
 * parallel too) and written in order through QSaveFile: on any error or
 * cancel nothing replaces an existing file. With validate (the default) an
 * invalid example makes the write fail with ErrorCode::Invalid and a list of
 * problems, unless dropInvalid.
 */
class DatasetWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetWriter)

public:
    static Expected<DatasetWriteResult> write(const std::vector<Example> &examples,
                                              const TextLayerPtr &layer,
                                              const DatasetWriteOptions &options, JobContext &job);
};

} // namespace idiolect
