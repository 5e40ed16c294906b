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
    return QString::number(id, 16).rightJustified(16, u'0');
}

quint64 ExampleId::fromString(QStringView text)
{
    if (text.size() != 16)
        return 0;
    bool ok = false;
    const quint64 v = text.toULongLong(&ok, 16);
    return ok ? v : 0;
}

QString Example::idString() const
{
    return ExampleId::toString(id);
}

} // namespace idiolect
