// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EnrichmentEdits.h"
#include "HttpPolicy.h"
#include "VisionSettings.h"
#include "model/TextLayer.h"

#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace idiolect {

class TweetProvider;
class VisionProvider;

/** How tweet links are enriched. */
enum class TwitterMode : quint8 {
    Off, ///< Tweet links are left alone.
    Previews, ///< Default: stored Signal link previews and the cache only — no network.
    Fetch, ///< Also ask the tweet provider (and t.co) for what previews and cache lack.
};

/** Whether image attachments are described. */
enum class ImageMode : quint8 {
    Off, ///< Default.
    Describe, ///< Send images (or use cached descriptions) to the vision endpoint.
};

/** Which messages are enriched. */
enum class EnrichmentScope : quint8 {
    AllMessages, ///< Context messages from partners too (their links explain your replies).
    OwnMessages, ///< Only your messages.
};

QString twitterModeName(TwitterMode mode);
QString imageModeName(ImageMode mode);
/** Parses "off" / "previews" / "fetch"; false on anything else. */
bool parseTwitterMode(QStringView text, TwitterMode *mode);
/** Parses "off" / "describe"; false on anything else. */
bool parseImageMode(QStringView text, ImageMode *mode);

/**
 * @brief Everything an enrichment run needs. The defaults never touch the network.
 *
 * With defaults, tweet and other links are enriched from the link previews
 * Signal stored (and from the cache of earlier opt-in runs), and images are
 * left alone. Only `twitter = Fetch` sends post ids to the tweet provider
 * (and t.co codes to t.co); only `images = Describe` sends image bytes to
 * `vision.endpoint`.
 */
struct EnrichmentParams
{
    TextLayerPtr input; ///< The layer to enrich (normally the raw layer).
    TwitterMode twitter = TwitterMode::Previews;
    bool webPreviews = true; ///< Also add stored previews of non-tweet links.
    ImageMode images = ImageMode::Off;
    EnrichmentScope scope = EnrichmentScope::AllMessages;
    QSet<int> threads; ///< Thread indices to enrich; empty = all.

    QString cachePath; ///< SQLite cache file; empty = in memory for this run only.
    int notFoundRetryDays = 7; ///< Ask again for a post that was "not found" after this long.

    /// Tweet source for Fetch; null = FxTwitterProvider at tweetApiBase.
    std::shared_ptr<const TweetProvider> tweetProvider;
    QUrl tweetApiBase; ///< A self-hosted FxTwitter; empty = https://api.fxtwitter.com.
    QUrl shortLinkBase; ///< t.co resolver base; empty = https://t.co.
    HttpPolicy tweetHttp;
    int maxTweetChars = 1000;
    int maxLinkChars = 300;

    VisionSettings vision;
    /// Image describer for Describe; null = OpenAiVisionProvider(vision).
    std::shared_ptr<const VisionProvider> visionProvider;
    int maxImagesPerMessage = 4;
    int maxImagesPerRun = 100; ///< Images sent to the endpoint per run; cached ones are free.
    qint64 maxImageBytes = qint64(10) * 1024 * 1024;

    EnrichmentEdits edits; ///< User corrections applied to the result layer.

    /// Creates the network access manager when (and only when) a request is due.
    /// Null = a plain QNetworkAccessManager. Tests pass one that records requests.
    std::function<QNetworkAccessManager *()> networkFactory;
};

} // namespace idiolect
