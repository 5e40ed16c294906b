// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FxTwitterProvider.h"

#include "EnrichmentText.h"
#include "HttpBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace idiolect {

QUrl FxTwitterProvider::defaultBaseUrl()
{
    return QUrl(u"https://api.fxtwitter.com"_s);
}

FxTwitterProvider::FxTwitterProvider(QUrl baseUrl) : m_base(std::move(baseUrl)) { }

QString FxTwitterProvider::name() const
{
    return u"fxtwitter"_s;
}

QNetworkRequest FxTwitterProvider::request(const QString &tweetId) const
{
    QNetworkRequest request(HttpBatch::joinUrl(m_base, QString(u"/status/"_s + tweetId)));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, EnrichmentText::userAgent());
    return request;
}

TweetProvider::Parsed FxTwitterProvider::parse(const QString &tweetId, int httpStatus,
                                               const QByteArray &body) const
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject root = doc.object();
    const int code = root.value(u"code"_s).toInt(httpStatus);
    if (httpStatus == 404 || httpStatus == 401 || httpStatus == 403 || code == 404 || code == 401
        || code == 403) {
        parsed.verdict = Verdict::NotFound;
        return parsed;
    }
    if (httpStatus != 200 || error.error != QJsonParseError::NoError || !doc.isObject()
        || code != 200)
        return parsed;
    const QJsonObject tweet = root.value(u"tweet"_s).toObject();
    const QJsonValue id = tweet.value(u"id"_s);
    const QString idText = id.isString() ? id.toString() : QString::number(id.toInteger(-1));
    if (idText != tweetId || !tweet.value(u"text"_s).isString())
        return parsed;
    const QJsonObject author = tweet.value(u"author"_s).toObject();
    parsed.tweet.id = tweetId;
    parsed.tweet.handle = author.value(u"screen_name"_s).toString();
    parsed.tweet.authorName = author.value(u"name"_s).toString();
    QStringList lines{tweet.value(u"text"_s).toString().trimmed()};
    // The author's own image descriptions (alt text) say what a photo post shows.
    const QJsonArray photos = tweet.value(u"media"_s).toObject().value(u"photos"_s).toArray();
    for (const QJsonValue &photo : photos) {
        const QString alt = photo.toObject().value(u"altText"_s).toString().simplified();
        if (!alt.isEmpty())
            lines.append(u"[Image: "_s + alt + u']');
    }
    // A quoted post is context for the quote: one nested line "> @handle: text".
    const QJsonObject quote = tweet.value(u"quote"_s).toObject();
    const QString quoteText = quote.value(u"text"_s).toString().simplified();
    if (!quoteText.isEmpty()) {
        const QString handle
            = quote.value(u"author"_s).toObject().value(u"screen_name"_s).toString();
        lines.append(u"> "_s + (handle.isEmpty() ? QString() : u'@' + handle + u": "_s)
                     + quoteText);
    }
    lines.removeAll(QString());
    parsed.tweet.text = lines.join(u'\n');
    parsed.verdict = parsed.tweet.text.isEmpty() ? Verdict::Empty : Verdict::Ok;
    return parsed;
}

} // namespace idiolect
