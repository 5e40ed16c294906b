// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/** Small protobuf-JSON helpers shared by PlaintextExportWriter's files. */
namespace idiolect::demogen::plaintextjson {

using namespace Qt::StringLiterals;

inline QString num(qint64 v)
{
    return QString::number(v);
}

inline QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

/** Deterministic bytes for keys the scenario does not model. */
inline QByteArray derivedBytes(const QByteArray &label, int size)
{
    QByteArray out;
    for (int block = 0; out.size() < size; ++block)
        out += QCryptographicHash::hash(QByteArray(label + QByteArray::number(block)),
                                        QCryptographicHash::Sha256);
    return out.left(size);
}

inline QString extensionFor(const QString &contentType)
{
    static const QHash<QString, QString> extensions = {
        {u"image/jpeg"_s, u".jpg"_s},  {u"image/png"_s, u".png"_s},
        {u"image/webp"_s, u".webp"_s}, {u"image/gif"_s, u".gif"_s},
        {u"audio/aac"_s, u".aac"_s},   {u"audio/ogg"_s, u".ogg"_s},
        {u"video/mp4"_s, u".mp4"_s},   {u"application/pdf"_s, u".pdf"_s},
    };
    return extensions.value(contentType); // text/x-signal-plain and unknown types: none
}

inline QJsonObject textObject(const QString &body, const QJsonArray &ranges = {})
{
    QJsonObject text{{u"body"_s, body}};
    if (!ranges.isEmpty())
        text.insert(u"bodyRanges"_s, ranges);
    return text;
}

} // namespace idiolect::demogen::plaintextjson
