// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableReader.h"

namespace idiolect {

int TableReader::columnIndex(QStringView name) const
{
    const QStringList &cols = columns();
    for (int i = 0; i < cols.size(); ++i) {
        if (cols[i] == name)
            return i;
    }
    return -1;
}

int TableReader::columnIndex(std::initializer_list<QStringView> names) const
{
    for (QStringView name : names) {
        const int i = columnIndex(name);
        if (i >= 0)
            return i;
    }
    return -1;
}

Error TableReader::errorAt(ErrorCode code, int column, const QString &message) const
{
    Error e = Error::make(code, message, sourceName());
    e.line = line();
    e.record = record();
    if (column >= 0) {
        e.column = column + 1;
        e.columnName = columns().value(column);
    }
    return e;
}

} // namespace idiolect
