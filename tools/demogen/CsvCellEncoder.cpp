// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvCellEncoder.h"

#include <cstdio>

namespace idiolect::demogen {

namespace {

bool isCSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool needsQuotes(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    bool allSpace = true;
    for (char c : value) {
        if (c == ',' || c == '"' || c == '\n')
            return true;
        allSpace = allSpace && isCSpace(c);
    }
    return allSpace;
}

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    char *end = buffer + sizeof(buffer);
    char *p = end;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        *--p = '-';
    out.append(p, end - p);
}

} // namespace

QByteArray CsvCellEncoder::valueText(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Null: return {};
    case Cell::Type::Integer: {
        QByteArray out;
        appendInteger(out, cell.integer);
        return out;
    }
    case Cell::Type::Real: {
        char buffer[40];
        const int n = std::snprintf(buffer, sizeof(buffer), "%.17g", cell.real);
        return QByteArray(buffer, n);
    }
    case Cell::Type::Text: {
        const qsizetype nul = cell.bytes.indexOf('\0');
        return nul < 0 ? cell.bytes : cell.bytes.left(nul);
    }
    case Cell::Type::Blob: return cell.bytes.toBase64();
    }
    return {};
}

void CsvCellEncoder::appendCell(QByteArray &out, const Cell &cell)
{
    if (cell.type == Cell::Type::Integer) {
        appendInteger(out, cell.integer); // never needs quotes
        return;
    }
    const QByteArray value = valueText(cell);
    if (!needsQuotes(value)) {
        out.append(value);
        return;
    }
    out.append('"');
    qsizetype start = 0;
    while (true) {
        const qsizetype quote = value.indexOf('"', start);
        if (quote < 0) {
            out.append(value.constData() + start, value.size() - start);
            break;
        }
        out.append(value.constData() + start, quote + 1 - start);
        out.append('"');
        start = quote + 1;
    }
    out.append('"');
}

void CsvCellEncoder::appendRow(QByteArray &out, const QList<Cell> &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendCell(out, cells[i]);
    }
    out.append('\n');
}

void CsvCellEncoder::appendHeader(QByteArray &out, const QStringList &columns)
{
    out.append(columns.join(u',').toUtf8());
    out.append('\n');
}

} // namespace idiolect::demogen
