// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteWriter.h"

namespace idiolect {

void ByteWriter::string(const QString &s)
{
    value(quint32(s.size()));
    raw(s.constData(), size_t(s.size()) * sizeof(QChar));
}

void ByteWriter::strings(const QStringList &list)
{
    value(quint32(list.size()));
    for (const QString &s : list)
        string(s);
}

void ByteWriter::ids(const QList<qint64> &list)
{
    value(quint32(list.size()));
    raw(list.constData(), size_t(list.size()) * sizeof(qint64));
}

} // namespace idiolect
