// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentJob.h"

#include "EnrichmentCache.h"
#include "EnrichmentLayerBuilder.h"
#include "EnrichmentPlanner.h"
#include "EnrichmentRun.h"
#include "ImageStage.h"
#include "NetworkSession.h"
#include "TweetStage.h"
#include "common/JobContext.h"

#include <QFileInfo>

#include <algorithm>

namespace idiolect {

namespace {

std::unique_ptr<EnrichmentCache> openCache(const EnrichmentParams &params, QStringList &warnings)
{
    // An offline run only reads the cache: without a cache file it leaves no file behind.
    const bool writes
        = params.twitter == TwitterMode::Fetch || params.images == ImageMode::Describe;
    const QString path
        = writes || QFileInfo::exists(params.cachePath) ? params.cachePath : QString();
    auto cache = EnrichmentCache::open(path);
    if (cache) {
        if ((*cache)->wasRebuilt()) {
            warnings.append(EnrichmentJob::tr("The enrichment cache was damaged or from another "
                                              "version (%1) and was rebuilt empty.")
                                .arg((*cache)->rebuildReason()));
        }
        return std::move(*cache);
    }
    warnings.append(
        EnrichmentJob::tr("%1 This run uses a temporary cache.").arg(cache.error().message));
    auto memory = EnrichmentCache::open({});
    return memory ? std::move(*memory) : nullptr;
}

} // namespace

Expected<EnrichmentResult> EnrichmentJob::run(const EnrichmentParams &params, JobContext &job)
{
    if (!params.input)
        return Error::make(ErrorCode::Internal, tr("Enrichment was started without input text."));
    EnrichmentResult result;

    JobContext planJob;
    planJob.attachToParent(&job, 0, 100);
    result.messages = EnrichmentPlanner::plan(*params.input, params, planJob);
    if (job.isCanceled())
        return Error::canceled();

    const bool needsCache = std::any_of(
        result.messages.begin(), result.messages.end(), [](const MessageEnrichment &m) {
            return std::any_of(m.items.begin(), m.items.end(), [](const EnrichmentItem &item) {
                return item.status == EnrichmentStatus::Unavailable
                    || item.status == EnrichmentStatus::Unresolved;
            });
        });
    if (needsCache) {
        std::unique_ptr<EnrichmentCache> cache = openCache(params, result.warnings);
        if (!cache)
            return Error::make(ErrorCode::Internal, tr("No enrichment cache could be opened."));
        result.summary.cacheRebuilt = cache->wasRebuilt();
        NetworkSession network(params.networkFactory);
        EnrichmentRun run{params, *params.input, result.messages, *cache, network};

        JobContext tweetJob;
        tweetJob.attachToParent(&job, 100, 500);
        Status status = TweetStage::run(run, tweetJob);
        if (status) {
            JobContext imageJob;
            imageJob.attachToParent(&job, 500, 980);
            status = ImageStage::run(run, imageJob);
        }
        result.summary.networkRequests = network.requests();
        result.summary.retries = network.retries();
        if (!status)
            return status.error();
    }

    result.summary.countItems(result.messages);
    EnrichmentLayerBuilder::rebuild(result, params.input, params.edits);
    job.setProgress(1000, 1000);
    return result;
}

} // namespace idiolect
