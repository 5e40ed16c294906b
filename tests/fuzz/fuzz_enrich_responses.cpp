// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a (hostile or broken) server may answer to the enrichment: the input's first byte picks
// the HTTP status, the rest is the body, parsed as an FxTwitter post, an OpenAI-compatible
// vision answer and a t.co redirect. Only a real answer may be Ok, and its text stays bounded.
#include "FuzzSupport.h"

#include "enrich/FxTwitterProvider.h"
#include "enrich/OpenAiVisionProvider.h"
#include "enrich/ShortLinkResolver.h"

using namespace idiolect;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {200, 200, 200, 200, 301, 302, 401, 403, 404, 429, 500, 503};
    const int status = size > 0 ? statuses[data[0] % std::size(statuses)] : 200;
    const QByteArray body = size > 0
        ? QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1))
        : QByteArray();

    static const FxTwitterProvider tweets;
    const auto tweet = tweets.parse(u"1788234567890123456"_s, status, body);
    if (tweet.verdict == TweetProvider::Verdict::Ok) {
        fuzz::check(status == 200, "a tweet from an error response");
        fuzz::check(tweet.tweet.id == u"1788234567890123456"_s, "a different post accepted");
    }

    static const OpenAiVisionProvider vision{VisionSettings{}};
    const auto described = vision.parse(status, body);
    if (described.verdict == VisionProvider::Verdict::Ok) {
        fuzz::check(!described.description.isEmpty(), "an empty description accepted");
        fuzz::check(described.description.size() <= VisionSettings{}.maxChars,
                    "a description longer than its bound");
    }

    static const ShortLinkResolver shortLinks;
    const auto resolved = shortLinks.parse(status, body);
    if (resolved.verdict == ShortLinkResolver::Verdict::Ok)
        fuzz::check(!resolved.target.isEmpty(), "a redirect without a target");
    return 0;
}
