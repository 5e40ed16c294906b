// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisOptions.h"
#include "Episode.h"
#include "PartnerProfile.h"
#include "StyleProfile.h"
#include "common/Expected.h"

#include <vector>

namespace idiolect {

class Corpus;
class JobContext;

/** Your overall style plus one profile per chat partner. */
struct StyleAnalysis
{
    StyleProfile personal;
    std::vector<PartnerProfile> partners; ///< In corpus thread order; threads with partner text.
};

/**
 * @brief Analyses your texting style and your partners' (docs/algorithms.md, "Style").
 *
 * Threads are measured in parallel and merged in thread order. Pass the
 * episodes (if already segmented) to fill PartnerProfile::episodesWithYou.
 */
class StyleAnalyzer final
{
public:
    static Expected<StyleAnalysis> analyze(const Corpus &corpus, const StyleOptions &options,
                                           const std::vector<Episode> &episodes, JobContext &job);
};

} // namespace idiolect
