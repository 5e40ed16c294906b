// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

/**
 * Reading Signal's Backup.proto rendered as protobuf JSON (pbjson), plus the
 * older reflective writer's form: 64-bit numbers as strings or numbers, bytes
 * as standard or URL-safe base64 with or without padding, and an explicit
 * `null` treated exactly like an absent key (proto3 default).
 */
namespace idiolect::protojson {

/** True if @p key is present and not null. */
inline bool has(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return !v.isUndefined() && !v.isNull();
}

/** The object under @p key; empty if absent, null or not an object. */
inline QJsonObject object(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toObject();
}

/** The array under @p key; empty if absent, null or not an array. */
inline QJsonArray array(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toArray();
}

/** The string under @p key; empty if absent or not a string. */
inline QString string(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

/** proto3 bool: absent or null is false. */
inline bool boolean(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toBool(false);
}

/**
 * Reads an unsigned 64-bit field written as a decimal string or a JSON number.
 * Absent or null gives 0 and true; anything else that is not a non-negative
 * integer gives false.
 */
bool unsigned64(const QJsonObject &o, QLatin1StringView key, quint64 *out);

/** Like unsigned64() for ids and timestamps the model stores as qint64 (fails above INT64_MAX). */
bool id64(const QJsonObject &o, QLatin1StringView key, qint64 *out);

/** A 32-bit number field (width, start, length); absent gives 0; false if not an integer. */
bool int32(const QJsonObject &o, QLatin1StringView key, qint32 *out);

/** Decodes a bytes field; empty if absent or not valid base64. */
QByteArray bytes(const QJsonObject &o, QLatin1StringView key);

/** 16 bytes as a lowercase UUID ("5b2f8c1e-7d3a-…"); other lengths as lowercase hex. */
QString uuidText(const QByteArray &bytes);

} // namespace idiolect::protojson
