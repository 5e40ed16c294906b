// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationOptions.h"
#include "GenerationResult.h"
#include "common/Expected.h"
#include "export/DatasetWriteOptions.h"
#include "model/TextLayer.h"

#include <QCoreApplication>

#include <optional>

namespace idiolect {

class JobContext;

/** Input of the generation pipeline. */
struct GenerationParams
{
    /**
     * The final text layer: raw, enriched and/or anonymized. The pipeline reads
     * every body and name through it and skips messages it drops — so whoever
     * builds the layer (e.g. `generate --anonymize`) decides what text is used.
     */
    TextLayerPtr layer;
    GenerationOptions options;
    /** Write the dataset here; nullopt = only generate (the review UI writes later). */
    std::optional<DatasetWriteOptions> output;
    /** Messages the enrichment stage changed, for the summary. */
    qint64 enhancedMessages = 0;
};

/**
 * @brief The whole pipeline as one job: filters → corpus → episodes → style →
 *        strategies → balance/sample → validation → write.
 *
 * Runs on any thread (the UI starts it with QtConcurrent::run); threads of the
 * export are processed in parallel with a deterministic merge order, so the
 * same input, options and seed give byte-identical output. Progress is
 * (done, total) in per-mille across the stages; cancel through the JobContext.
 */
class GenerationJob final
{
    Q_DECLARE_TR_FUNCTIONS(GenerationJob)

public:
    static Expected<GenerationResult> run(const GenerationParams &params, JobContext &job);

    /** Only the examples of @p strategies for an already built corpus and style (no sampling). */
    static Expected<std::vector<Example>> generate(const Corpus &corpus,
                                                   const GenerationOptions &options,
                                                   const StyleAnalysis &style, JobContext &job);
};

} // namespace idiolect
