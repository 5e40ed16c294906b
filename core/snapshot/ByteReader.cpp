// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteReader.h"

namespace idiolect {

QByteArrayView ByteReader::bytes(qsizetype size)
{
    if (size < 0 || !take(size_t(size)))
        return {};
    return m_data.sliced(m_pos - size, size);
}

QString ByteReader::string()
{
    const quint32 length = value<quint32>();
    if (!fits(length, sizeof(QChar))) {
        fail();
        return {};
    }
    const QByteArrayView b = bytes(qsizetype(length) * qsizetype(sizeof(QChar)));
    QString s(qsizetype(length), Qt::Uninitialized);
    if (length > 0)
        std::memcpy(s.data(), b.data(), size_t(b.size()));
    return s;
}

QStringList ByteReader::strings()
{
    const quint32 count = value<quint32>();
    if (!fits(count, sizeof(quint32))) {
        fail();
        return {};
    }
    QStringList list;
    list.reserve(count);
    for (quint32 i = 0; i < count && ok(); ++i)
        list.append(string());
    return list;
}

QList<qint64> ByteReader::ids()
{
    const quint32 count = value<quint32>();
    if (!fits(count, sizeof(qint64))) {
        fail();
        return {};
    }
    const QByteArrayView b = bytes(qsizetype(count) * qsizetype(sizeof(qint64)));
    QList<qint64> list(count);
    if (count > 0)
        std::memcpy(list.data(), b.data(), size_t(b.size()));
    return list;
}

} // namespace idiolect
