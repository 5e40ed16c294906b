// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisOptions.h"
#include "Episode.h"
#include "common/Expected.h"

#include <QString>

#include <vector>

namespace idiolect {

class Corpus;
class JobContext;

/**
 * @brief Splits each thread into natural dialogue episodes at long pauses.
 *
 * A gap strictly longer than time_gap_minutes starts a new episode (exactly
 * the threshold stays together). Episodes shorter than min_episode_length are
 * dropped; longer than max_episode_length are cut into chunks of at most max,
 * and a chunk shorter than min is dropped. With requireYou, chunks without a
 * message of yours are dropped.
 */
class EpisodeSegmenter final
{
public:
    /** Appends the episodes of corpus thread @p thread to @p out. */
    static void segment(const Corpus &corpus, quint32 thread, const EpisodeOptions &options,
                        std::vector<Episode> &out);

    /** All episodes, thread by thread (parallel, deterministic order). */
    static Expected<std::vector<Episode>>
    segmentAll(const Corpus &corpus, const EpisodeOptions &options, JobContext &job);

    /** Stable id: "ep_{thread_id}_{first message _id}" plus "_{part}" for split chunks. */
    static QString episodeId(const Corpus &corpus, const Episode &episode);
};

} // namespace idiolect
