// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace idiolect {

/** What an addition is about. */
enum class EnrichmentKind : quint8 {
    Tweet, ///< A post behind a tweet link (or a t.co link that resolved to one).
    Link, ///< Title and description of any other page, from Signal's stored link preview.
    Image, ///< A description of an image attachment.
};

/** Where the added text came from. */
enum class EnrichmentSource : quint8 {
    None, ///< Nothing was found (see status).
    LinkPreview, ///< The preview Signal stored with the message — no network.
    Network, ///< Fetched or described during this run.
    Cache, ///< From the enrichment cache (an earlier run's network result).
};

/** What happened to one link or image. */
enum class EnrichmentStatus : quint8 {
    Added, ///< Text is known and goes into the layer (unless the user cleared it).
    Unavailable, ///< Nothing known offline: no stored preview, and fetching is off.
    Unresolved, ///< A t.co link with an unknown target (fetching is off).
    Failed, ///< A fetch or description was tried and failed (see reason); nothing is added.
    Skipped, ///< An image that was not described (see reason: cap, type, size, missing file).
};

/**
 * @brief One link or image of a message and what enrichment knows about it.
 *
 * The structured record behind every injected text, so the UI can show where
 * an addition came from and the user can edit or clear it (EnrichmentEdits,
 * addressed by message and key). Failures carry a reason code, never text.
 */
struct EnrichmentItem
{
    EnrichmentKind kind = EnrichmentKind::Link;
    EnrichmentStatus status = EnrichmentStatus::Unavailable;
    EnrichmentSource source = EnrichmentSource::None;
    /// Unique within the message: the link key ("tweet:<id>", "tco:<code>", "url:<url>") or
    /// "image:<n>" for the n-th image attachment (0-based).
    QString key;
    qsizetype insertAt = -1; ///< Links: offset in the input body after which the block goes.
    QString url; ///< Links: the URL exactly as written.
    QString tweetId; ///< Tweets: the status id (also for resolved t.co links).
    QString handle; ///< Tweets: author's screen name without "@".
    QString author; ///< Tweets: author's display name, if known.
    QString title; ///< Links: the page title.
    QString text; ///< Tweet text, link description or image description.
    qint64 attachmentId = -1; ///< Images: Attachment::id.
    QString contentHash; ///< Images: hex SHA-256 of the bytes.
    QString
        reason; ///< Failed/Skipped/Unavailable: a stable code ("timeout", "http_404", "too_large").
};

/**
 * Every image and link of one message that enrichment looked at: images first, then links
 * in body order.
 */
struct MessageEnrichment
{
    quint32 message = 0; ///< Index into MessageStore.
    std::vector<EnrichmentItem> items;
};

QString enrichmentKindName(EnrichmentKind kind);
QString enrichmentSourceName(EnrichmentSource source);
QString enrichmentStatusName(EnrichmentStatus status);

} // namespace idiolect
