// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteTableSink.h"

#include "SignalSchema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

QVariant toVariant(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Null: return QVariant();
    case Cell::Type::Integer: return QVariant(qlonglong(cell.integer));
    case Cell::Type::Real: return QVariant(cell.real);
    case Cell::Type::Text: return QVariant(QString::fromUtf8(cell.bytes));
    case Cell::Type::Blob: return QVariant(cell.bytes);
    }
    return QVariant();
}

} // namespace

SqliteTableSink::SqliteTableSink(QString path)
    : m_path(std::move(path)),
      m_partPath(m_path + u".part"_s),
      m_connection(u"demogen-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SqliteTableSink::~SqliteTableSink()
{
    m_inserts.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    QFile::remove(m_partPath);
}

bool SqliteTableSink::fail(const QString &what, const QString &why)
{
    m_error = m_path + u": "_s + what + u": "_s + why;
    return false;
}

bool SqliteTableSink::open(const SignalSchema &schema)
{
    QFile::remove(m_partPath);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_partPath);
    if (!db.open())
        return fail(u"open"_s, db.lastError().text());
    QSqlQuery pragma(db);
    pragma.exec(u"PRAGMA journal_mode = OFF"_s);
    pragma.exec(u"PRAGMA synchronous = OFF"_s);
    if (!db.transaction())
        return fail(u"begin"_s, db.lastError().text());
    for (const TableDef &t : schema.tables()) {
        QSqlQuery create(db);
        if (!create.exec(t.createSql))
            return fail(t.name, create.lastError().text());
        QStringList names;
        QStringList marks;
        for (const ColumnDef &c : t.columns) {
            names.append(c.name);
            marks.append(u"?"_s);
        }
        auto insert = std::make_shared<QSqlQuery>(db);
        if (!insert->prepare(u"INSERT INTO "_s + t.name + u" ("_s + names.join(u", "_s)
                             + u") VALUES ("_s + marks.join(u", "_s) + u')'))
            return fail(t.name, insert->lastError().text());
        m_inserts.insert(t.name, insert);
    }
    m_userVersion = schema.userVersion();
    return true;
}

bool SqliteTableSink::insert(const TableDef &table, const TableRow &row)
{
    QSqlQuery &q = *m_inserts.value(table.name);
    const QList<Cell> &cells = row.cells();
    for (qsizetype i = 0; i < cells.size(); ++i)
        q.bindValue(int(i), toVariant(cells[i]));
    if (!q.exec())
        return fail(table.name, q.lastError().text());
    return true;
}

bool SqliteTableSink::close()
{
    m_inserts.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(m_userVersion)))
            return fail(u"user_version"_s, q.lastError().text());
        if (!db.commit())
            return fail(u"commit"_s, db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    QFile::remove(m_path);
    if (!QFile::rename(m_partPath, m_path))
        return fail(u"rename"_s, u"cannot move the finished database into place"_s);
    return true;
}

} // namespace idiolect::demogen
