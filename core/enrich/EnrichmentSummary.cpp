// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentSummary.h"

#include "EnrichmentItem.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace idiolect {

void EnrichmentSummary::countItems(const std::vector<MessageEnrichment> &messages)
{
    tweetsFromPreviews = tweetsFetched = tweetsFailed = tweetsUnavailable = 0;
    linksFromPreviews = shortLinksUnresolved = 0;
    imagesDescribed = imagesFailed = imagesSkipped = cacheHits = 0;
    for (const MessageEnrichment &m : messages) {
        for (const EnrichmentItem &item : m.items) {
            const bool added = item.status == EnrichmentStatus::Added;
            if (added && item.source == EnrichmentSource::Cache)
                ++cacheHits;
            if (item.status == EnrichmentStatus::Unresolved)
                ++shortLinksUnresolved;
            switch (item.kind) {
            case EnrichmentKind::Tweet:
                if (added && item.source == EnrichmentSource::LinkPreview)
                    ++tweetsFromPreviews;
                else if (added)
                    ++tweetsFetched;
                else if (item.status == EnrichmentStatus::Failed)
                    ++tweetsFailed;
                else if (item.status == EnrichmentStatus::Unavailable)
                    ++tweetsUnavailable;
                break;
            case EnrichmentKind::Link:
                if (added)
                    ++linksFromPreviews;
                break;
            case EnrichmentKind::Image:
                if (added)
                    ++imagesDescribed;
                else if (item.status == EnrichmentStatus::Failed)
                    ++imagesFailed;
                else if (item.status == EnrichmentStatus::Skipped)
                    ++imagesSkipped;
                break;
            }
        }
    }
}

QJsonObject EnrichmentSummary::toJson() const
{
    return QJsonObject{
        {u"enhanced_messages"_s, enhancedMessages},
        {u"tweets_from_previews"_s, tweetsFromPreviews},
        {u"tweets_fetched"_s, tweetsFetched},
        {u"tweets_failed"_s, tweetsFailed},
        {u"tweets_unavailable"_s, tweetsUnavailable},
        {u"links_from_previews"_s, linksFromPreviews},
        {u"short_links_unresolved"_s, shortLinksUnresolved},
        {u"images_described"_s, imagesDescribed},
        {u"images_failed"_s, imagesFailed},
        {u"images_skipped"_s, imagesSkipped},
        {u"cache_hits"_s, cacheHits},
        {u"network_requests"_s, networkRequests},
        {u"retries"_s, retries},
        {u"cache_rebuilt"_s, cacheRebuilt},
    };
}

} // namespace idiolect
