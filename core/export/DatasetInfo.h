// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatasetFormat.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace idiolect {

/**
 * @brief LLaMA-Factory's dataset_info.json entry for a written dataset.
 *
 * alpaca → formatting "alpaca" (instruction/input/output[/system]); sharegpt →
 * "sharegpt" with from/value tags; messages → "sharegpt" with role/content
 * tags. An existing dataset_info.json in the folder is kept and only our entry
 * is added or replaced. LLaMA-Factory reads .json/.jsonl by extension, so only
 * plain .jsonl files are registered.
 */
class DatasetInfo final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetInfo)

public:
    static QJsonObject entry(const QString &fileName, DatasetFormat format, bool hasSystemColumn);
    /** Writes or updates dir/dataset_info.json; returns its path. */
    static Expected<QString> write(const QString &dataPath, const QString &datasetName,
                                   DatasetFormat format, bool hasSystemColumn);
};

} // namespace idiolect
