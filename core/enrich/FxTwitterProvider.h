// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TweetProvider.h"

#include <QUrl>

namespace idiolect {

/**
 * @brief Post text from the public FxTwitter / FixupX status API.
 *
 * Request: `GET {base}/status/{id}` with `Accept: application/json`, no
 * cookies, no credentials (default base https://api.fxtwitter.com; a
 * self-hosted FxTwitter instance works the same). Response fields used:
 * `code` (200 = found, 401 private, 404 not found), `tweet.id` (must equal
 * the requested id), `tweet.text`, `tweet.author.screen_name`,
 * `tweet.author.name`, the authors' alt texts `tweet.media.photos[].altText`
 * (added as "[Image: …]" lines) and a quoted post `tweet.quote.text` /
 * `tweet.quote.author.screen_name` (added as one "> @handle: text" line).
 * Only the post id leaves the machine — never the message, the sender or the
 * full URL.
 */
class FxTwitterProvider final : public TweetProvider
{
public:
    static QUrl defaultBaseUrl();

    explicit FxTwitterProvider(QUrl baseUrl = defaultBaseUrl());

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QNetworkRequest request(const QString &tweetId) const override;
    [[nodiscard]] Parsed parse(const QString &tweetId, int httpStatus,
                               const QByteArray &body) const override;

private:
    QUrl m_base;
};

} // namespace idiolect
