// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentSettingsJson.h"

#include "EnrichmentParams.h"
#include "FxTwitterProvider.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

bool readUrl(const QJsonValue &v, QUrl *out)
{
    const QUrl url(v.toString(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty())
        return false;
    *out = url;
    return true;
}

bool readCount(const QJsonValue &v, int *out)
{
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e6)
        return false;
    *out = v.toInt();
    return true;
}

} // namespace

QJsonObject EnrichmentSettingsJson::toJson(const EnrichmentParams &params)
{
    QJsonObject o{
        {u"twitter"_s, twitterModeName(params.twitter)},
        {u"link_previews"_s, params.webPreviews},
        {u"images"_s, imageModeName(params.images)},
        {u"scope"_s, params.scope == EnrichmentScope::OwnMessages ? u"own"_s : u"all"_s},
        {u"vision_url"_s, params.vision.endpoint.toString()},
        {u"vision_model"_s, params.vision.model},
        {u"vision_prompt"_s, params.vision.prompt},
        {u"vision_max_chars"_s, params.vision.maxChars},
        {u"max_images"_s, params.maxImagesPerRun},
        {u"max_images_per_message"_s, params.maxImagesPerMessage},
    };
    if (params.tweetApiBase.isValid())
        o.insert(u"tweet_api"_s, params.tweetApiBase.toString());
    return o;
}

int EnrichmentSettingsJson::apply(const QJsonObject &json, EnrichmentParams &params)
{
    int invalid = 0;
    const auto check = [&invalid, &json](const QString &key, const auto &read) {
        if (json.contains(key) && !read(json.value(key)))
            ++invalid;
    };
    check(u"twitter"_s,
          [&](const QJsonValue &v) { return parseTwitterMode(v.toString(), &params.twitter); });
    check(u"images"_s,
          [&](const QJsonValue &v) { return parseImageMode(v.toString(), &params.images); });
    check(u"link_previews"_s, [&](const QJsonValue &v) {
        params.webPreviews = v.isBool() ? v.toBool() : params.webPreviews;
        return v.isBool();
    });
    check(u"scope"_s, [&](const QJsonValue &v) {
        const QString s = v.toString();
        if (s != u"all" && s != u"own")
            return false;
        params.scope = s == u"own" ? EnrichmentScope::OwnMessages : EnrichmentScope::AllMessages;
        return true;
    });
    check(u"vision_url"_s,
          [&](const QJsonValue &v) { return readUrl(v, &params.vision.endpoint); });
    check(u"vision_model"_s, [&](const QJsonValue &v) {
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return false;
        params.vision.model = v.toString().trimmed();
        return true;
    });
    check(u"vision_prompt"_s, [&](const QJsonValue &v) {
        params.vision.prompt = v.isString() ? v.toString() : params.vision.prompt;
        return v.isString();
    });
    check(u"vision_max_chars"_s,
          [&](const QJsonValue &v) { return readCount(v, &params.vision.maxChars); });
    check(u"max_images"_s,
          [&](const QJsonValue &v) { return readCount(v, &params.maxImagesPerRun); });
    check(u"max_images_per_message"_s,
          [&](const QJsonValue &v) { return readCount(v, &params.maxImagesPerMessage); });
    check(u"tweet_api"_s, [&](const QJsonValue &v) {
        QUrl url;
        if (!readUrl(v, &url))
            return false;
        params.tweetApiBase = url;
        return true;
    });
    return invalid;
}

} // namespace idiolect
