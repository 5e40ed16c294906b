// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TweetContent.h"

#include <QString>

class QByteArray;
class QNetworkRequest;

namespace idiolect {

/**
 * @brief A public endpoint that returns a post's text for its id.
 *
 * Providers only describe the request and parse the response; HttpBatch does
 * the transport (timeouts, retries, concurrency, cancel) so every provider
 * gets the same robustness. parse() must accept anything a server may send —
 * HTML error pages, truncated JSON, a different post — and only return Ok
 * for a response that really is the requested post. Used from one worker
 * thread at a time.
 */
class TweetProvider
{
public:
    enum class Verdict : quint8 {
        Ok, ///< tweet holds the post.
        NotFound, ///< The post does not exist or is private/suspended (cached for a while).
        Empty, ///< The post exists but has no text (e.g. a photo only).
        Invalid, ///< The response is not what the API documents.
    };

    struct Parsed
    {
        Verdict verdict = Verdict::Invalid;
        TweetContent tweet;
    };

    virtual ~TweetProvider() = default;

    /** Stable name, used as the cache namespace ("fxtwitter"). */
    [[nodiscard]] virtual QString name() const = 0;
    /** The GET request for post @p tweetId. */
    [[nodiscard]] virtual QNetworkRequest request(const QString &tweetId) const = 0;
    /** Interprets the final response (@p httpStatus 0 never reaches here). */
    [[nodiscard]] virtual Parsed parse(const QString &tweetId, int httpStatus,
                                       const QByteArray &body) const = 0;
};

} // namespace idiolect
