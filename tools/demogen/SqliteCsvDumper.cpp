// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteCsvDumper.h"

#include "CsvCellEncoder.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

Cell toCell(const QVariant &v)
{
    if (v.isNull())
        return Cell::null();
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt: return Cell::fromInt(v.toLongLong());
    case QMetaType::Double: return Cell::fromReal(v.toDouble());
    case QMetaType::QByteArray: return Cell::fromBlob(v.toByteArray());
    default: return Cell::fromText(v.toString());
    }
}

bool dumpTable(const QSqlDatabase &db, const QString &table, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = path + u": "_s + file.errorString();
        return false;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT * FROM "_s + table)) {
        *error = table + u": "_s + q.lastError().text();
        return false;
    }
    QByteArray buffer;
    bool header = false;
    QList<Cell> cells;
    while (q.next()) {
        const QSqlRecord record = q.record();
        if (!header) {
            QStringList names;
            for (int i = 0; i < record.count(); ++i)
                names.append(record.fieldName(i));
            CsvCellEncoder::appendHeader(buffer, names);
            header = true;
        }
        cells.resize(record.count());
        for (int i = 0; i < record.count(); ++i)
            cells[i] = toCell(q.value(i));
        CsvCellEncoder::appendRow(buffer, cells);
        if (buffer.size() > (4 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    if (!file.commit()) {
        *error = path + u": "_s + file.errorString();
        return false;
    }
    return true;
}

} // namespace

bool SqliteCsvDumper::dump(const QString &databasePath, const QStringList &tables,
                           const QString &directory, QString *error)
{
    const QString name = u"demogen-dump-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            *error = databasePath + u": "_s + db.lastError().text();
            ok = false;
        }
        QDir().mkpath(directory);
        for (const QString &table : tables) {
            if (!ok)
                break;
            ok = dumpTable(db, table, QDir(directory).filePath(table + u".csv"_s), error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace idiolect::demogen
