// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenAiVisionProvider.h"

#include "EnrichmentText.h"
#include "HttpBatch.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace idiolect {

OpenAiVisionProvider::OpenAiVisionProvider(VisionSettings settings)
    : m_settings(std::move(settings))
{ }

QString OpenAiVisionProvider::name() const
{
    return u"openai-compatible"_s;
}

QString OpenAiVisionProvider::profile() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_settings.model.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(m_settings.effectivePrompt().toUtf8());
    return m_settings.model + u'@' + QString::fromLatin1(hash.result().toHex().left(16));
}

QNetworkRequest OpenAiVisionProvider::request() const
{
    const bool complete = m_settings.endpoint.path().endsWith(u"/chat/completions");
    QNetworkRequest request(complete
                                ? m_settings.endpoint
                                : HttpBatch::joinUrl(m_settings.endpoint, u"/chat/completions"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, EnrichmentText::userAgent());
    if (!m_settings.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    return request;
}

QByteArray OpenAiVisionProvider::body(const QByteArray &image, const QByteArray &mimeType) const
{
    const QString dataUrl = u"data:"_s + QString::fromLatin1(mimeType) + u";base64,"_s
        + QString::fromLatin1(image.toBase64());
    const QJsonArray content{
        QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, m_settings.effectivePrompt()}},
        QJsonObject{{u"type"_s, u"image_url"_s},
                    {u"image_url"_s, QJsonObject{{u"url"_s, dataUrl}, {u"detail"_s, u"low"_s}}}},
    };
    const QJsonObject root{
        {u"model"_s, m_settings.model},
        {u"max_tokens"_s, m_settings.maxTokens},
        {u"temperature"_s, 0},
        {u"stream"_s, false},
        {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, content}}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

VisionProvider::Parsed OpenAiVisionProvider::parse(int httpStatus, const QByteArray &body) const
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (httpStatus != 200 || error.error != QJsonParseError::NoError || !doc.isObject())
        return parsed;
    const QJsonObject root = doc.object();
    if (root.contains(u"error"_s))
        return parsed;
    const QJsonObject message
        = root.value(u"choices"_s).toArray().at(0).toObject().value(u"message"_s).toObject();
    const QJsonValue refusal = message.value(u"refusal"_s);
    if (refusal.isString() && !refusal.toString().trimmed().isEmpty()) {
        parsed.verdict = Verdict::Refused;
        return parsed;
    }
    QString text;
    const QJsonValue content = message.value(u"content"_s);
    if (content.isString()) {
        text = content.toString();
    } else {
        for (const QJsonValue &part : content.toArray()) {
            const QJsonObject o = part.toObject();
            if (o.value(u"type"_s).toString() == u"text")
                text += o.value(u"text"_s).toString() + u' ';
        }
    }
    parsed.description
        = EnrichmentText::line(EnrichmentText::stripModelChatter(text), m_settings.maxChars);
    if (!parsed.description.isEmpty())
        parsed.verdict = Verdict::Ok;
    return parsed;
}

} // namespace idiolect
