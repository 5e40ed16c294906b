// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportOptions.h"
#include "common/Expected.h"
#include "model/ChatExport.h"

#include <memory>

namespace idiolect {

class JobContext;

/**
 * @brief One export format's importer.
 *
 * Importers turn a folder or file into a ChatExport and finish with
 * ExportFinalizer, so every later feature sees the same model whatever the
 * source. They report progress through the JobContext and stop with an
 * ErrorCode::Canceled error when it is canceled.
 */
class Importer
{
public:
    virtual ~Importer() = default;
    [[nodiscard]] virtual ExportFormat format() const = 0;
    [[nodiscard]] virtual Expected<std::shared_ptr<ChatExport>> run(const ImportOptions &options,
                                                                    JobContext &job)
        = 0;
};

} // namespace idiolect
