// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileExport.h"

#include "common/JobContext.h"
#include "import/ImportJob.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace idiolect::testing {

namespace {

constexpr qsizetype kFlushBytes = 4 << 20;

bool writeWhole(const QString &path, QByteArrayView bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes.data(), bytes.size()) == bytes.size();
}

} // namespace

CsvExportWriter::CsvExportWriter(const QString &dir) : m_file(QDir(dir).filePath(u"message.csv"_s))
{
    m_ok = QDir().mkpath(dir)
        && writeWhole(QDir(dir).filePath(u"recipient.csv"_s),
                      "_id,type,e164,aci,group_id,blocked,profile_given_name,profile_joined_name\n"
                      "1,0,+4915100000001,0b3f5c2e-1111-4a1a-8a1a-000000000001,,0,Ana,Ana\n"
                      "3,0,+4915100000003,0b3f5c2e-3333-4a1a-8a1a-000000000003,,0,Ben,Ben\n")
        && writeWhole(QDir(dir).filePath(u"thread.csv"_s),
                      "_id,date,meaningful_messages,recipient_id\n1,1700000000000,1,1\n")
        && m_file.open(QIODevice::WriteOnly);
    m_buffer.reserve(kFlushBytes + 1024);
    m_buffer.append("_id,date_sent,date_received,thread_id,from_recipient_id,to_recipient_id,type,"
                    "body\n");
}

CsvExportWriter::~CsvExportWriter()
{
    finish();
}

void CsvExportWriter::message(qint64 id, qint64 dateSent, QByteArrayView body, bool quoted)
{
    const bool mine = id % 2 == 0;
    m_buffer.append(QByteArray::number(id)).append(',').append(QByteArray::number(dateSent));
    m_buffer.append(',').append(QByteArray::number(dateSent)).append(",1,");
    m_buffer.append(mine ? "3,1," : "1,3,");
    m_buffer.append(QByteArray::number(mine ? kOutgoing : kIncoming)).append(',');
    if (quoted) {
        m_buffer.append('"');
        for (char c : body) {
            if (c == '"')
                m_buffer.append('"');
            m_buffer.append(c);
        }
        m_buffer.append('"');
    } else {
        m_buffer.append(body);
    }
    m_buffer.append('\n');
    if (m_buffer.size() >= kFlushBytes)
        flushBuffer();
}

void CsvExportWriter::raw(QByteArrayView line)
{
    m_buffer.append(line).append('\n');
    if (m_buffer.size() >= kFlushBytes)
        flushBuffer();
}

void CsvExportWriter::flushBuffer()
{
    if (m_file.isOpen() && m_file.write(m_buffer) != m_buffer.size())
        m_ok = false;
    m_buffer.clear();
}

bool CsvExportWriter::finish()
{
    if (m_file.isOpen()) {
        flushBuffer();
        m_file.close();
    }
    return m_ok;
}

QByteArray plaintextExport(const QList<QByteArray> &jsonBodies)
{
    QByteArray out = R"({"version":"1","backupTimeMs":"1767312000000"})"
                     "\n"
                     R"({"account":{"username":"ben.03","givenName":"Ben"}})"
                     "\n"
                     R"({"recipient":{"id":"1","self":{}}})"
                     "\n"
                     R"({"recipient":{"id":"7","contact":{"profileGivenName":"Ana"}}})"
                     "\n"
                     R"({"chat":{"id":"3","recipientId":"7"}})"
                     "\n";
    qint64 date = 1767225700000;
    bool mine = false;
    for (const QByteArray &body : jsonBodies) {
        date += 60000;
        const QByteArray when = QByteArray::number(date);
        out += R"({"chatItem":{"chatId":"3","authorId":")" + QByteArray(mine ? "1" : "7")
            + R"(","dateSent":")" + when + R"(",)"
            + (mine ? R"("outgoing":{"dateReceived":")" + when + R"("},)"
                    : R"("incoming":{"dateReceived":")" + when + R"("},)")
            + R"("standardMessage":{"text":{"body":)" + body + "}}}}\n";
        mine = !mine;
    }
    return out;
}

QByteArray sigexportLine(int second, bool mine, QByteArrayView jsonBody)
{
    return R"({"date": "2026-01-02T09:00:)" + QByteArray::number(second).rightJustified(2, '0')
        + R"(", "sender": ")" + QByteArray(mine ? "Me" : "Ana") + R"(", "body": )"
        + jsonBody.toByteArray()
        + R"(, "quote": "", "sticker": null, "reactions": [], "attachments": []})" + '\n';
}

QString writeSqliteExport(const QString &dir, const QList<QByteArray> &bodies)
{
    const QString connection = u"hostile-sqlite-writer"_s;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(QDir(dir).filePath(u"database.sqlite"_s));
        if (!QDir().mkpath(dir) || !db.open())
            error = u"cannot create the database"_s;
        QSqlQuery q(db);
        const auto run = [&](const QString &sql) {
            if (error.isEmpty() && !q.exec(sql))
                error = q.lastError().text();
        };
        run(u"CREATE TABLE recipient (_id INTEGER PRIMARY KEY, type INTEGER, e164 TEXT, aci TEXT, "
            "blocked INTEGER, profile_given_name TEXT)"_s);
        run(u"CREATE TABLE thread (_id INTEGER PRIMARY KEY, date INTEGER, "
            "meaningful_messages INTEGER, recipient_id INTEGER)"_s);
        run(u"CREATE TABLE message (_id INTEGER PRIMARY KEY, date_sent INTEGER, "
            "date_received INTEGER, thread_id INTEGER, from_recipient_id INTEGER, "
            "to_recipient_id INTEGER, type INTEGER, body TEXT)"_s);
        run(u"INSERT INTO recipient VALUES (1, 0, '+4915100000001', 'a', 0, 'Ana'), "
            "(3, 0, '+4915100000003', 'b', 0, 'Ben')"_s);
        run(u"INSERT INTO thread VALUES (1, 1700000000000, 1, 1)"_s);
        if (error.isEmpty()
            && q.prepare(u"INSERT INTO message VALUES (?, ?, ?, 1, ?, ?, ?, ?)"_s)) {
            qint64 id = 0;
            for (const QByteArray &body : bodies) {
                ++id;
                const bool mine = id % 2 == 0;
                q.bindValue(0, id);
                q.bindValue(1, 1700000000000LL + id * 60000);
                q.bindValue(2, 1700000000000LL + id * 60000);
                q.bindValue(3, mine ? kSelf : kPartner);
                q.bindValue(4, mine ? kPartner : kSelf);
                q.bindValue(5, mine ? kOutgoing : kIncoming);
                q.bindValue(6, QString::fromUtf8(body));
                if (!q.exec()) {
                    error = q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

Expected<ChatExportPtr> importExport(const QString &path, ImportOptions options)
{
    options.path = path;
    JobContext job;
    return ImportJob::run(options, job);
}

bool hasWarning(const ChatExport &ex, const QString &code)
{
    for (const ImportWarning &w : ex.warnings) {
        if (w.code == code)
            return true;
    }
    return false;
}

PeakMemory::PeakMemory()
{
    // "5" resets the peak RSS (VmHWM) to the current RSS (Linux >= 4.0).
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
    m_base = residentBytes("VmRSS:");
}

qint64 PeakMemory::growth() const
{
    return residentBytes("VmHWM:") - m_base;
}

qint64 PeakMemory::residentBytes(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace idiolect::testing
