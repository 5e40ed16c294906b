// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlTableReader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString quoted(const QString &identifier)
{
    QString out = identifier;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

} // namespace

Error SqlTableReader::errorFrom(const QSqlError &error, const QString &where)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    Error e = Error::make(
        ErrorCode::Unreadable,
        QCoreApplication::translate("idiolect", "The database cannot be read: %1").arg(text),
        where);
    if (text.contains(u"locked"_s, Qt::CaseInsensitive)
        || text.contains(u"busy"_s, Qt::CaseInsensitive))
        e.hint = QCoreApplication::translate("idiolect",
                                             "Another program holds a lock on it; close it and try "
                                             "again, or copy the file first.");
    else if (text.contains(u"not a database"_s, Qt::CaseInsensitive))
        e.hint = QCoreApplication::translate("idiolect",
                                             "The file may still be encrypted; decrypt the backup "
                                             "with signalbackup-tools -o FOLDER first.");
    return e;
}

SqlTableReader::SqlTableReader(const QSqlDatabase &db) : m_query(db) { }

Expected<std::unique_ptr<SqlTableReader>>
SqlTableReader::open(const QSqlDatabase &db, const QString &table, const QString &displayPath)
{
    std::unique_ptr<SqlTableReader> reader(new SqlTableReader(db));
    reader->m_displayName = displayPath + u" [" + table + u']';
    QSqlQuery count(db);
    if (!count.exec(u"SELECT COUNT(*) FROM "_s + quoted(table)) || !count.next())
        return errorFrom(count.lastError(), reader->m_displayName);
    reader->m_total = count.value(0).toLongLong();
    reader->m_table = table;
    QSqlQuery columns(db);
    if (!columns.exec(u"SELECT * FROM "_s + quoted(table) + u" LIMIT 0"_s))
        return errorFrom(columns.lastError(), reader->m_displayName);
    const QSqlRecord rec = columns.record();
    for (int i = 0; i < rec.count(); ++i)
        reader->m_columns.append(rec.fieldName(i));
    reader->m_used.assign(size_t(rec.count()), false);
    return reader;
}

void SqlTableReader::noteColumnUse(int column) const
{
    if (!m_started && column >= 0 && size_t(column) < m_used.size())
        m_used[size_t(column)] = true;
}

bool SqlTableReader::start()
{
    m_started = true;
    QStringList selected;
    m_slots.assign(m_used.size(), -1);
    for (size_t i = 0; i < m_used.size(); ++i) {
        if (m_used[i]) {
            m_slots[i] = int(selected.size());
            selected.append(quoted(m_columns[qsizetype(i)]));
        }
    }
    if (selected.isEmpty())
        selected.append(u"1"_s); // nobody asked for a column: still count the rows
    m_query.setForwardOnly(true);
    // NOT INDEXED: a table scan returns rows in rowid order, as they were written. With only
    // some columns selected SQLite would otherwise read a covering UNIQUE index instead
    // (thread.recipient_id, group_membership) and return the rows in that index's order.
    if (!m_query.exec(u"SELECT "_s + selected.join(u", "_s) + u" FROM "_s + quoted(m_table)
                      + u" NOT INDEXED"_s)) {
        m_error = errorFrom(m_query.lastError(), m_displayName);
        return false;
    }
    return true;
}

bool SqlTableReader::next()
{
    if (m_error.isError() || (!m_started && !start()))
        return false;
    if (m_query.next()) {
        ++m_row;
        return true;
    }
    if (m_query.lastError().isValid() && m_query.lastError().type() != QSqlError::NoError)
        m_error = errorFrom(m_query.lastError(), m_displayName);
    return false;
}

bool SqlTableReader::isNull(int column) const
{
    const int at = slot(column);
    return at < 0 || m_query.isNull(at);
}

qint64 SqlTableReader::toInt64(int column, qint64 fallback, bool *ok) const
{
    if (ok)
        *ok = true;
    if (isNull(column))
        return fallback;
    const QVariant v = m_query.value(slot(column));
    bool converted = false;
    const qint64 value = v.toLongLong(&converted);
    if (converted)
        return value;
    const double d = v.toDouble(&converted);
    if (converted && d >= -9.2e18 && d <= 9.2e18)
        return qint64(d);
    if (ok)
        *ok = false;
    return fallback;
}

TextCell SqlTableReader::text(int column)
{
    TextCell cell;
    cell.isUtf8 = false;
    if (isNull(column))
        return cell;
    const QVariant v = m_query.value(slot(column));
    if (v.typeId() == QMetaType::QByteArray)
        cell.utf16 = QString::fromUtf8(v.toByteArray());
    else
        cell.utf16 = v.toString();
    return cell;
}

QByteArray SqlTableReader::blob(int column)
{
    if (isNull(column))
        return {};
    return m_query.value(slot(column)).toByteArray();
}

} // namespace idiolect
