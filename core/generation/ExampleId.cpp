// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleId.h"

#include "Example.h"

#include <array>

namespace idiolect {

namespace {

constexpr quint64 kFnvOffset = 14695981039346656037ull;
constexpr quint64 kFnvPrime = 1099511628211ull;

void mix(quint64 &h, const void *data, size_t size)
{
    const auto *p = static_cast<const unsigned char *>(data);
    for (size_t i = 0; i < size; ++i) {
        h ^= p[i];
        h *= kFnvPrime;
    }
}

void mixInt(quint64 &h, qint64 v)
{
    unsigned char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<unsigned char>((quint64(v) >> (8 * i)) & 0xFF);
    mix(h, bytes, sizeof bytes);
}

} // namespace

quint64 ExampleId::make(ExampleType type, qint64 threadId, std::span<const qint64> targetMessageIds,
                        quint8 variant)
{
    static const std::array<QByteArray, 5> names = [] {
        std::array<QByteArray, 5> n;
        for (Strategy s : kAllStrategies)
            n[size_t(exampleTypeOf(s))] = exampleTypeName(exampleTypeOf(s)).toUtf8();
        return n;
    }();
    quint64 h = kFnvOffset;
    const QByteArray &name = names[size_t(type)];
    mix(h, name.constData(), size_t(name.size()));
    mixInt(h, threadId);
    for (qint64 id : targetMessageIds)
        mixInt(h, id);
    mixInt(h, variant);
    return h;
}

QString ExampleId::toString(quint64 id)
{
    // One allocation and no locale-aware conversion: the review makes one per shown example.
    QString text(16, Qt::Uninitialized);
    QChar *out = text.data();
    for (int i = 15; i >= 0; --i, id >>= 4)
        out[i] = QLatin1Char("0123456789abcdef"[id & 0xF]);
    return text;
}

quint64 ExampleId::fromString(QStringView text)
{
    if (text.size() != 16)
        return 0;
    quint64 v = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        quint64 digit = 0;
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'a' && u <= u'f')
            digit = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            digit = u - u'A' + 10;
        else
            return 0;
        v = (v << 4) | digit;
    }
    return v;
}

QString Example::idString() const
{
    return ExampleId::toString(id);
}

} // namespace idiolect
