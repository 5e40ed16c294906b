// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtoJson.h"

#include "common/Utf8.h"

#include <QUuid>

#include <cmath>
#include <limits>

namespace idiolect::protojson {

bool unsigned64(const QJsonObject &o, QLatin1StringView key, quint64 *out)
{
    const QJsonValue v = o.value(key);
    *out = 0;
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString()) {
        const QByteArray digits = v.toString().toLatin1();
        if (digits.isEmpty() || digits.size() > 20)
            return false;
        quint64 value = 0;
        for (char c : digits) {
            const unsigned d = unsigned(c) - unsigned('0');
            if (d > 9 || value > (std::numeric_limits<quint64>::max() - d) / 10)
                return false;
            value = value * 10 + d;
        }
        *out = value;
        return true;
    }
    if (v.isDouble()) {
        // Qt keeps integers that fit in 64 bits exactly; toInteger() returns them unchanged.
        const double d = v.toDouble();
        if (!(d >= 0) || std::floor(d) != d || d >= 18446744073709551616.0)
            return false;
        const qint64 i = v.toInteger(-1);
        *out = i >= 0 ? quint64(i) : quint64(d);
        return true;
    }
    return false;
}

bool id64(const QJsonObject &o, QLatin1StringView key, qint64 *out)
{
    quint64 value = 0;
    if (!unsigned64(o, key, &value) || value > quint64(std::numeric_limits<qint64>::max())) {
        *out = 0;
        return false;
    }
    *out = qint64(value);
    return true;
}

bool int32(const QJsonObject &o, QLatin1StringView key, qint32 *out)
{
    const QJsonValue v = o.value(key);
    *out = 0;
    if (v.isUndefined() || v.isNull())
        return true;
    qint64 value = 0;
    if (v.isString()) {
        if (!utf8::parseInt64(v.toString().toLatin1(), &value))
            return false;
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) != d || std::abs(d) > 2147483647.0)
            return false;
        value = qint64(d);
    } else {
        return false;
    }
    if (value < std::numeric_limits<qint32>::min() || value > std::numeric_limits<qint32>::max())
        return false;
    *out = qint32(value);
    return true;
}

QByteArray bytes(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return {};
    QByteArray text = v.toString().toLatin1();
    QByteArray::Base64Options options = QByteArray::AbortOnBase64DecodingErrors;
    if (text.contains('-') || text.contains('_'))
        options |= QByteArray::Base64UrlEncoding;
    while (text.endsWith('='))
        text.chop(1);
    if (text.size() % 4 == 1)
        return {};
    while (text.size() % 4 != 0)
        text.append('=');
    auto decoded = QByteArray::fromBase64Encoding(text, options);
    return decoded ? *decoded : QByteArray();
}

QString uuidText(const QByteArray &bytes)
{
    if (bytes.size() == 16)
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace idiolect::protojson
