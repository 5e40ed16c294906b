// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace idiolect {

/** What a link in a message points to, as far as enrichment cares. */
enum class LinkKind : quint8 {
    Web, ///< Any other http(s) page (enriched only from a stored Signal link preview).
    Tweet, ///< A post on X/Twitter or a mirror: /<user>/status/<id>.
    ShortLink, ///< A t.co short link: unknown target until resolved over the network.
};

/**
 * @brief One URL found in a message body, classified.
 *
 * `start`/`length` are UTF-16 offsets of the URL exactly as written (without
 * surrounding punctuation); the enrichment never changes these characters.
 * `key` identifies the link's target for matching and de-duplication:
 * "tweet:<id>" for tweets (so twitter.com, x.com and fxtwitter.com links to
 * the same post are one link), "tco:<code>" for short links and
 * "url:<normalised URL>" for other pages.
 */
struct ExtractedLink
{
    qsizetype start = 0;
    qsizetype length = 0;
    LinkKind kind = LinkKind::Web;
    QString url; ///< The URL text as written (may lack the scheme for bare tweet hosts).
    QString key;
    QString tweetId; ///< Decimal status id (Tweet).
    QString handle; ///< User name from the path, without "@" (Tweet; empty for /i/web/status).
    QString shortCode; ///< Path of a t.co link (ShortLink).
};

} // namespace idiolect
