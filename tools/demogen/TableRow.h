// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace idiolect::demogen {

/**
 * @brief One SQLite value as Signal stores it: NULL, INTEGER, REAL, TEXT or BLOB.
 *
 * TEXT is kept as UTF-8 bytes, exactly what signalbackup-tools writes to CSV.
 */
struct Cell
{
    enum class Type : quint8 { Null, Integer, Real, Text, Blob };

    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes; ///< UTF-8 text or raw BLOB bytes.

    static Cell null() { return {}; }
    static Cell fromInt(qint64 v)
    {
        Cell c;
        c.type = Type::Integer;
        c.integer = v;
        return c;
    }
    static Cell fromReal(double v)
    {
        Cell c;
        c.type = Type::Real;
        c.real = v;
        return c;
    }
    static Cell fromText(const QString &s)
    {
        Cell c;
        c.type = Type::Text;
        c.bytes = s.toUtf8();
        return c;
    }
    static Cell fromUtf8(QByteArray s)
    {
        Cell c;
        c.type = Type::Text;
        c.bytes = std::move(s);
        return c;
    }
    static Cell fromBlob(QByteArray b)
    {
        Cell c;
        c.type = Type::Blob;
        c.bytes = std::move(b);
        return c;
    }
    /** Text, or NULL when @p s is empty (Signal stores absent strings as NULL). */
    static Cell textOrNull(const QString &s) { return s.isEmpty() ? null() : fromText(s); }
};

/** One table row: a value per column, in the table's column order. */
class TableRow final
{
public:
    TableRow() = default;
    explicit TableRow(QList<Cell> cells) : m_cells(std::move(cells)) { }

    /** Sets column @p index; ignores -1 (a column this schema generation lacks). */
    void set(int index, Cell value)
    {
        if (index >= 0)
            m_cells[index] = std::move(value);
    }
    void setInt(int index, qint64 v) { set(index, Cell::fromInt(v)); }
    void setText(int index, const QString &s) { set(index, Cell::textOrNull(s)); }

    [[nodiscard]] const QList<Cell> &cells() const { return m_cells; }
    [[nodiscard]] qsizetype size() const { return m_cells.size(); }

private:
    QList<Cell> m_cells;
};

} // namespace idiolect::demogen
