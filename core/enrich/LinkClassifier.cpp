// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkClassifier.h"

#include "TweetHosts.h"
#include "UrlTokenizer.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

bool isHandle(QStringView s)
{
    if (s.isEmpty() || s.size() > 15)
        return false;
    for (QChar c : s) {
        if (!isAsciiAlnum(c) && c != u'_')
            return false;
    }
    return true;
}

// "1234", or "1234.jpg" (fxtwitter direct media); empty if not a status id.
QString statusId(QStringView s)
{
    const qsizetype dot = s.indexOf(u'.');
    if (dot >= 0) {
        const QStringView ext = s.sliced(dot + 1);
        if (ext.size() < 2 || ext.size() > 4 || !std::all_of(ext.begin(), ext.end(), isAsciiAlnum))
            return {};
        s = s.first(dot);
    }
    if (s.isEmpty() || s.size() > 19)
        return {};
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return s.toString();
}

bool isStatusWord(QStringView s)
{
    return s.compare(u"status", Qt::CaseInsensitive) == 0
        || s.compare(u"statuses", Qt::CaseInsensitive) == 0;
}

// Fills tweetId/handle from the path segments; false if they do not name a post.
bool parseStatusPath(const QStringList &seg, ExtractedLink &link)
{
    if (seg.size() >= 4 && seg[0] == u"i" && seg[1] == u"web" && isStatusWord(seg[2])) {
        link.tweetId = statusId(seg[3]);
        return !link.tweetId.isEmpty();
    }
    if (seg.size() >= 3 && isHandle(seg[0]) && isStatusWord(seg[1])) {
        link.tweetId = statusId(seg[2]);
        if (seg[0] != u"i")
            link.handle = seg[0];
        return !link.tweetId.isEmpty();
    }
    return false;
}

QString shortCode(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const QStringView code = QStringView(path).sliced(path.startsWith(u'/') ? 1 : 0);
    if (code.isEmpty() || code.size() > 32 || !std::all_of(code.begin(), code.end(), isAsciiAlnum))
        return {};
    return code.toString();
}

} // namespace

QString LinkClassifier::webKey(const QUrl &url)
{
    QUrl normal = url;
    normal.setScheme(u"https"_s);
    if (normal.port() == 80 || normal.port() == 443)
        normal.setPort(-1);
    return normal.toString(QUrl::RemoveFragment | QUrl::StripTrailingSlash
                           | QUrl::NormalizePathSegments | QUrl::FullyEncoded);
}

std::vector<ExtractedLink> LinkClassifier::extract(QStringView text)
{
    std::vector<ExtractedLink> links;
    for (const UrlSpan &span : UrlTokenizer::find(text)) {
        auto link = classify(text.sliced(span.start, span.length), span.hasScheme);
        if (!link)
            continue;
        link->start = span.start;
        link->length = span.length;
        links.push_back(std::move(*link));
    }
    return links;
}

std::optional<ExtractedLink> LinkClassifier::classify(QStringView url)
{
    const QStringView trimmed = url.trimmed();
    const bool hasScheme = trimmed.startsWith(u"http://", Qt::CaseInsensitive)
        || trimmed.startsWith(u"https://", Qt::CaseInsensitive);
    if (!hasScheme && TweetHosts::bareHostLength(trimmed) == 0)
        return std::nullopt;
    auto link = classify(trimmed, hasScheme);
    if (link)
        link->length = trimmed.size();
    return link;
}

std::optional<ExtractedLink> LinkClassifier::classify(QStringView token, bool hasScheme)
{
    const QUrl url(hasScheme ? token.toString() : u"https://"_s + token, QUrl::TolerantMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty())
        return std::nullopt;

    ExtractedLink link;
    link.url = token.toString();
    const QString host = url.host();
    const int port = url.port();
    const bool plain = url.userInfo().isEmpty() && (port == -1 || port == 80 || port == 443);
    if (plain && TweetHosts::isShortLinkHost(host)) {
        link.shortCode = shortCode(url);
        if (!link.shortCode.isEmpty()) {
            link.kind = LinkKind::ShortLink;
            link.key = u"tco:"_s + link.shortCode;
            return link;
        }
    } else if (plain && TweetHosts::isTweetHost(host)) {
        QString path = url.path(QUrl::FullyDecoded);
        const QString fragment = url.fragment(QUrl::FullyDecoded);
        if ((path.isEmpty() || path == u"/") && fragment.startsWith(u"!/"))
            path = fragment.sliced(1); // legacy twitter.com/#!/user/status/1
        if (parseStatusPath(path.split(u'/', Qt::SkipEmptyParts), link)) {
            link.kind = LinkKind::Tweet;
            link.key = u"tweet:"_s + link.tweetId;
            return link;
        }
        link.handle.clear();
        link.tweetId.clear();
    }
    link.kind = LinkKind::Web;
    link.key = u"url:"_s + webKey(url);
    return link;
}

} // namespace idiolect
