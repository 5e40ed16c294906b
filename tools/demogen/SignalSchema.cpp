// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalSchema.h"

#include "SignalSchemaSql.h"

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

/** Splits the inside of "CREATE TABLE x (...)" at commas outside parentheses and quotes. */
QStringList splitTopLevel(QStringView body)
{
    QStringList parts;
    int depth = 0;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && c == u'(')
            ++depth;
        else if (!quoted && c == u')')
            --depth;
        else if (!quoted && depth == 0 && c == u',') {
            parts.append(body.sliced(start, i - start).trimmed().toString());
            start = i + 1;
        }
    }
    parts.append(body.sliced(start).trimmed().toString());
    return parts;
}

Cell parseDefault(const QString &declaration)
{
    const qsizetype at = declaration.indexOf(u"DEFAULT "_s, 0, Qt::CaseInsensitive);
    if (at < 0)
        return Cell::null();
    QString token = declaration.mid(at + 8).trimmed();
    token = token.left(token.indexOf(u' ') < 0 ? token.size() : token.indexOf(u' '));
    bool ok = false;
    const qint64 value = token.toLongLong(&ok);
    if (ok)
        return Cell::fromInt(value);
    if (token.startsWith(u'\'') && token.endsWith(u'\'') && token.size() >= 2)
        return Cell::fromText(token.mid(1, token.size() - 2));
    return Cell::null();
}

} // namespace

bool parseSchemaGeneration(const QString &name, SchemaGeneration *out)
{
    static const std::pair<const char16_t *, SchemaGeneration> names[] = {
        {u"newest", SchemaGeneration::Newest}, {u"current", SchemaGeneration::Current},
        {u"dbv185", SchemaGeneration::Dbv185}, {u"dbv170", SchemaGeneration::Dbv170},
        {u"legacy", SchemaGeneration::Legacy},
    };
    for (const auto &[text, generation] : names) {
        if (name == QStringView(text)) {
            *out = generation;
            return true;
        }
    }
    return false;
}

QString schemaGenerationName(SchemaGeneration generation)
{
    switch (generation) {
    case SchemaGeneration::Newest: return u"newest"_s;
    case SchemaGeneration::Current: return u"current"_s;
    case SchemaGeneration::Dbv185: return u"dbv185"_s;
    case SchemaGeneration::Dbv170: return u"dbv170"_s;
    case SchemaGeneration::Legacy: return u"legacy"_s;
    }
    return {};
}

int TableDef::column(QStringView columnName) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].name == columnName)
            return int(i);
    }
    return -1;
}

TableRow TableDef::defaultRow() const
{
    QList<Cell> cells;
    cells.reserve(columns.size());
    for (const ColumnDef &c : columns)
        cells.append(c.defaultValue);
    return TableRow(std::move(cells));
}

TableDef SignalSchema::parseCreateTable(const QString &sql)
{
    TableDef def;
    def.createSql = sql;
    const qsizetype open = sql.indexOf(u'(');
    const qsizetype close = sql.lastIndexOf(u')');
    def.name = QStringView(sql).first(open).trimmed().split(u' ').last().toString();
    for (const QString &part : splitTopLevel(QStringView(sql).sliced(open + 1, close - open - 1))) {
        // Table constraints start with a keyword followed by "(" or a space, never "_".
        const QString first = part.section(u' ', 0, 0).section(u'(', 0, 0).toUpper();
        if (first == u"UNIQUE"_s || first == u"PRIMARY"_s || first == u"FOREIGN"_s
            || first == u"CHECK"_s || first == u"CONSTRAINT"_s)
            continue;
        const qsizetype space = part.indexOf(u' ');
        ColumnDef column;
        column.name = space < 0 ? part : part.left(space);
        column.declaration = space < 0 ? QString() : part.mid(space + 1).trimmed();
        column.defaultValue = parseDefault(column.declaration);
        def.columns.append(column);
    }
    return def;
}

SignalSchema SignalSchema::forGeneration(SchemaGeneration generation)
{
    SignalSchema schema;
    schema.m_generation = generation;
    schema.m_userVersion = signalUserVersion(generation);
    for (const QString &sql : signalCreateStatements(generation))
        schema.m_tables.append(parseCreateTable(sql));
    return schema;
}

const TableDef *SignalSchema::table(QStringView name) const
{
    for (const TableDef &t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList SignalSchema::csvTables() const
{
    QStringList names;
    for (const TableDef &t : m_tables)
        names.append(t.name);
    return names;
}

QString SignalSchema::messageTable() const
{
    return table(u"message") ? u"message"_s : u"mms"_s;
}

QString SignalSchema::attachmentTable() const
{
    return table(u"attachment") ? u"attachment"_s : u"part"_s;
}

bool SignalSchema::hasEdits() const
{
    const TableDef *t = table(messageTable());
    return t && t->column(u"latest_revision_id") >= 0;
}

bool SignalSchema::hasStories() const
{
    const TableDef *t = table(messageTable());
    return t && t->column(u"story_type") >= 0;
}

} // namespace idiolect::demogen
