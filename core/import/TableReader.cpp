// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableReader.h"

namespace idiolect {

int TableReader::columnIndex(QStringView name) const
{
    const QStringList &cols = columns();
    for (int i = 0; i < cols.size(); ++i) {
        if (cols[i] == name) {
            noteColumnUse(i);
            return i;
        }
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

Error TableReader::errorAt(ErrorCode code, int column, const QString &message,
                           qsizetype offset) const
{
    Error e = Error::make(code, message, sourceName());
    e.line = line();
    e.record = record();
    if (column >= 0) {
        e.columnName = columns().value(column);
        const auto [l, c] = position(column, offset);
        if (l > 0) {
            e.line = l;
            e.column = c;
        } else {
            e.column = column + 1; // no physical position (SQLite): the field number
        }
    }
    return e;
}

qsizetype TableReader::invalidUtf8Offset(int column) const
{
    Q_UNUSED(column);
    return -1;
}

std::pair<qint64, qint64> TableReader::position(int column, qsizetype offset) const
{
    Q_UNUSED(column);
    Q_UNUSED(offset);
    return {-1, -1};
}

} // namespace idiolect
