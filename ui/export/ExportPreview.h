// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportSelection.h"
#include "common/Expected.h"
#include "export/DatasetFormat.h"
#include "export/RenderOptions.h"
#include "model/TextLayer.h"

#include <QStringList>

#include <memory>

namespace idiolect {

class JobContext;
struct GenerationResult;

/**
 * What the Export page shows before anything is written: how many examples the
 * review lets through and the first rows exactly as the writer encodes them.
 * A job over the shared generation result (nothing is copied per example), so
 * the page runs it on a worker and a result of 600,000 examples never holds up
 * the window.
 */
class ExportPreview final
{
public:
    struct Params
    {
        std::shared_ptr<const GenerationResult> result;
        TextLayerPtr layer;
        QHash<QString, ReviewDecision> decisions;
        ExportScope scope = ExportScope::AllButRejected;
        RenderOptions render;
        MetadataLevel metadata = MetadataLevel::None;
        int rows = 3; ///< How many rows to render.
    };

    struct Result
    {
        qint64 selected = 0; ///< Examples the scope and the review let through.
        qint64 total = 0; ///< Examples generated.
        QStringList rows; ///< The first of them, encoded and pretty-printed.
    };

    [[nodiscard]] static Expected<Result> run(const Params &params, JobContext &job);
};

} // namespace idiolect
