// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <utility>

namespace idiolect {

/**
 * @brief A text cell: UTF-8 bytes straight from the file (CSV) or a QString (SQLite).
 *
 * Lets the model builder decode message bodies directly into the
 * MessageStore arena without a temporary QString for CSV input.
 */
struct TextCell
{
    QByteArrayView utf8;
    QString utf16;
    bool isUtf8 = true;

    [[nodiscard]] bool isEmpty() const { return isUtf8 ? utf8.isEmpty() : utf16.isEmpty(); }
    [[nodiscard]] QString toString() const { return isUtf8 ? QString::fromUtf8(utf8) : utf16; }
};

/**
 * @brief Row-by-row access to one Signal table, whatever the container.
 *
 * Implemented for signalbackup-tools CSV files and for Qt SQL (SQLite).
 * Columns are addressed by index; look indices up once with columnIndex().
 * CSV cannot tell NULL from '' — isNull() is true for both there.
 */
class TableReader
{
public:
    virtual ~TableReader() = default;

    /** Column names in file order. */
    [[nodiscard]] virtual const QStringList &columns() const = 0;
    /** Index of @p name (exact, case-sensitive), or -1. */
    [[nodiscard]] int columnIndex(QStringView name) const;
    /** First of @p names present, or -1. For renamed columns across schema versions. */
    [[nodiscard]] int columnIndex(std::initializer_list<QStringView> names) const;

    /** Advances to the next row; false at the end or on error (then error() is set). */
    virtual bool next() = 0;
    [[nodiscard]] virtual const Error &error() const = 0;

    [[nodiscard]] virtual bool isNull(int column) const = 0;
    /** Integer value; @p fallback when NULL/empty; *ok=false if present but not an integer. */
    [[nodiscard]] virtual qint64 toInt64(int column, qint64 fallback = 0,
                                         bool *ok = nullptr) const = 0;
    [[nodiscard]] virtual TextCell text(int column) = 0;
    /** BLOB bytes (CSV: base64-decoded). */
    [[nodiscard]] virtual QByteArray blob(int column) = 0;

    /** Where the current row is, for error messages (file name / table name). */
    [[nodiscard]] virtual QString sourceName() const = 0;
    /** 1-based physical line of the current row (-1 if not line-based). */
    [[nodiscard]] virtual qint64 line() const { return -1; }
    /** 1-based data record number of the current row. */
    [[nodiscard]] virtual qint64 record() const = 0;

    /** Progress through the source, in arbitrary units (bytes for CSV, rows for SQLite). */
    [[nodiscard]] virtual qint64 progressDone() const = 0;
    [[nodiscard]] virtual qint64 progressTotal() const = 0;

    /**
     * Builds an error located at the current row and @p column (-1: the whole row).
     * For CSV the line and column are the physical position in the file (1-based,
     * column in bytes) of @p offset bytes into the field's raw content, so editors
     * can jump there; record and columnName name the record and the field.
     */
    [[nodiscard]] Error errorAt(ErrorCode code, int column, const QString &message,
                                qsizetype offset = 0) const;

    /**
     * Byte offset of the first invalid UTF-8 sequence in a text field, or -1.
     * Only containers that store raw bytes (CSV) can tell; SQLite returns -1.
     */
    [[nodiscard]] virtual qsizetype invalidUtf8Offset(int column) const;

protected:
    /** Called for every column a caller looks up, before the first next(). */
    virtual void noteColumnUse(int column) const { Q_UNUSED(column); }
    /** Physical (line, column) of @p offset bytes into @p column's field; (-1, -1) if unknown. */
    [[nodiscard]] virtual std::pair<qint64, qint64> position(int column, qsizetype offset) const;
};

} // namespace idiolect
