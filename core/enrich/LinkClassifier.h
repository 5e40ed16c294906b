// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExtractedLink.h"

#include <QStringView>

#include <optional>
#include <vector>

class QUrl;

namespace idiolect {

/**
 * @brief Parses URL tokens with QUrl and decides what they point to.
 *
 * Tweets are http(s) URLs on a TweetHosts host, without user info, on the
 * default port, whose path (or legacy "#!/" fragment) is
 * /<user>/status[es]/<id>[/…] or /i/[web/]status/<id>[/…]; <user> is a valid
 * handle (1–15 of A–Z, a–z, 0–9, _) and <id> 1–19 digits (an fxtwitter
 * ".jpg"/".mp4" suffix is allowed). Query strings, fragments, /photo/1 and
 * other trailing segments do not matter. Everything else on those hosts
 * (twitter.com/home, x.com/user) is an ordinary web link; t.co/<code> is a
 * short link. Tokens that are not valid URLs are dropped.
 */
class LinkClassifier final
{
public:
    /** Finds and classifies every URL in @p text (spans from UrlTokenizer). */
    static std::vector<ExtractedLink> extract(QStringView text);

    /** Classifies one URL (e.g. a stored link preview's url); nullopt if it is not a URL. */
    static std::optional<ExtractedLink> classify(QStringView url);

    /** The matching key of a web URL: https, lower-case host, no fragment or trailing slash. */
    static QString webKey(const QUrl &url);

private:
    static std::optional<ExtractedLink> classify(QStringView token, bool hasScheme);
};

} // namespace idiolect
