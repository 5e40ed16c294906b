// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableRow.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace idiolect::demogen {

/** Which Signal Android database generation to imitate (signal-formats.md §2.1). */
enum class SchemaGeneration : quint8 {
    Newest, ///< dbv 302+: message.deleted_by replaces remote_deleted (2026 exports).
    Current, ///< dbv 223: from/to recipients, attachment table, nickname columns.
    Dbv185, ///< dbv 185: from/to split and edit columns; part table; uuid/phone names.
    Dbv170, ///< dbv 170: single "mms" table with recipient_id; groups.members.
    Legacy, ///< dbv ~100: separate sms and mms tables, thread.recipient_ids, reaction BLOBs.
};

/** Parses "newest", "current", "dbv185", "dbv170", "legacy"; false if unknown. */
bool parseSchemaGeneration(const QString &name, SchemaGeneration *out);
QString schemaGenerationName(SchemaGeneration generation);

/** One column as Signal declares it. */
struct ColumnDef
{
    QString name;
    QString declaration; ///< Everything after the name, e.g. "INTEGER DEFAULT -1".
    Cell defaultValue; ///< From DEFAULT (NULL when there is none).
};

/** One table: its CREATE TABLE statement and the columns parsed from it. */
struct TableDef
{
    QString name;
    QString createSql;
    QList<ColumnDef> columns;

    /** Column index by name, or -1 (the column does not exist in this generation). */
    [[nodiscard]] int column(QStringView columnName) const;
    /** A row holding every column's default value. */
    [[nodiscard]] TableRow defaultRow() const;
};

/**
 * @brief The tables of one Signal database generation, from Signal's own SQL.
 *
 * Column names and order follow Signal's CREATE TABLE statements of that
 * generation, because signalbackup-tools' CSV export is a plain SELECT * and
 * importers must cope with every order. Writers look columns up by name once
 * and skip the ones a generation does not have.
 */
class SignalSchema final
{
public:
    static SignalSchema forGeneration(SchemaGeneration generation);

    [[nodiscard]] SchemaGeneration generation() const { return m_generation; }
    /** PRAGMA user_version of a database of this generation. */
    [[nodiscard]] int userVersion() const { return m_userVersion; }
    [[nodiscard]] const QList<TableDef> &tables() const { return m_tables; }
    /** nullptr if this generation has no such table. */
    [[nodiscard]] const TableDef *table(QStringView name) const;

    /** The tables a user exports with --exportcsv (signal-formats.md §1.1), in file order. */
    [[nodiscard]] QStringList csvTables() const;

    [[nodiscard]] bool hasLegacySmsTable() const { return table(u"sms") != nullptr; }
    /** "message" or "mms". */
    [[nodiscard]] QString messageTable() const;
    /** "attachment" or "part". */
    [[nodiscard]] QString attachmentTable() const;
    [[nodiscard]] bool hasEdits() const;
    [[nodiscard]] bool hasStories() const;
    [[nodiscard]] bool hasReactionTable() const { return table(u"reaction") != nullptr; }

    /** Parses one CREATE TABLE statement. */
    static TableDef parseCreateTable(const QString &sql);

private:
    SchemaGeneration m_generation = SchemaGeneration::Newest;
    int m_userVersion = 0;
    QList<TableDef> m_tables;
};

} // namespace idiolect::demogen
