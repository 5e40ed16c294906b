// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EnrichmentParams.h"
#include "EnrichmentResult.h"
#include "common/Expected.h"

#include <QCoreApplication>

namespace idiolect {

class JobContext;

/**
 * @brief The enrichment job: raw layer in, enriched layer and structured additions out.
 *
 * Steps: plan every message offline (links, stored previews, image
 * attachments; parallel), open the cache, fill tweets from the cache and —
 * only with TwitterMode::Fetch — the network, describe images — only with
 * ImageMode::Describe — then build the layer with the user's edits. Progress
 * is reported over 0..1000 (plan 0–100, tweets 100–500, images 500–980,
 * layer 980–1000); cancel through the JobContext aborts requests in flight
 * and returns Error::canceled() (results already fetched stay in the cache).
 *
 * Run it on a worker thread (QtConcurrent::run from the GUI, directly in the
 * CLI): network steps run a local event loop on the calling thread and refuse
 * to run on the GUI thread. Without network steps it is a pure computation.
 * Network failures are never errors of the job — they are counted per item.
 */
class EnrichmentJob final
{
    Q_DECLARE_TR_FUNCTIONS(EnrichmentJob)

public:
    static Expected<EnrichmentResult> run(const EnrichmentParams &params, JobContext &job);
};

} // namespace idiolect
