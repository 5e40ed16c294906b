// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

class QJsonObject;

namespace idiolect {

struct MessageEnrichment;

/**
 * @brief Counts of one enrichment run, for the UI, the CLI and the generate summary.
 *
 * Items are counted per message and distinct link/image, so a post shared in
 * three messages counts three times while it was fetched once.
 * `tweetsFetched` are posts whose text came from the tweet provider, now or
 * via the cache; `cacheHits` says how many additions needed no request.
 */
struct EnrichmentSummary
{
    qint64 enhancedMessages = 0; ///< Distinct messages whose text changed.
    qint64 tweetsFromPreviews = 0;
    qint64 tweetsFetched = 0;
    qint64 tweetsFailed = 0;
    qint64 tweetsUnavailable = 0; ///< Tweet links with no preview while fetching is off.
    qint64 linksFromPreviews = 0; ///< Other pages enriched from stored previews.
    qint64 shortLinksUnresolved = 0;
    qint64 imagesDescribed = 0;
    qint64 imagesFailed = 0;
    qint64 imagesSkipped = 0;
    qint64 cacheHits = 0;
    qint64 networkRequests = 0; ///< HTTP attempts, retries included.
    qint64 retries = 0;
    bool cacheRebuilt = false;

    /** Recounts the item counters from @p messages (network counters stay). */
    void countItems(const std::vector<MessageEnrichment> &messages);

    /** snake_case keys: enhanced_messages, tweets_from_previews, tweets_fetched, … */
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace idiolect
