// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryTableReader.h"

namespace idiolect::fuzz {

QVariant MemoryTableReader::cell(int column) const
{
    if (column < 0 || m_row < 0 || m_row >= m_rows.size() || column >= m_rows[m_row].size())
        return {};
    return m_rows[m_row][column];
}

qint64 MemoryTableReader::toInt64(int column, qint64 fallback, bool *ok) const
{
    const QVariant v = cell(column);
    bool converted = v.isValid();
    const qint64 value = converted ? v.toLongLong(&converted) : fallback;
    if (ok)
        *ok = converted || !v.isValid();
    return converted ? value : fallback;
}

TextCell MemoryTableReader::text(int column)
{
    TextCell out;
    out.isUtf8 = false;
    out.utf16 = cell(column).toString();
    return out;
}

} // namespace idiolect::fuzz
