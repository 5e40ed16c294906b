// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalSqliteImporter.h"

#include "SignalModelBuilder.h"
#include "SignalTableKind.h"
#include "SqlTableReader.h"
#include "common/JobContext.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

/** Opens a private read-only connection and removes it when the scope ends. */
class ScopedConnection final
{
public:
    explicit ScopedConnection(const QString &file)
        : m_name(u"idiolect-import-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

struct TableSpec
{
    const char16_t *name;
    SignalTableKind kind;
};

} // namespace

QString SignalSqliteImporter::databasePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QDir(info.absoluteFilePath()).filePath(u"database.sqlite"_s);
    return info.absoluteFilePath();
}

Expected<std::shared_ptr<ChatExport>> SignalSqliteImporter::run(const ImportOptions &options,
                                                                JobContext &job)
{
    const QString file = databasePath(options.path);
    const QFileInfo info(file);
    if (!info.exists())
        return Error::make(ErrorCode::NotFound, tr("The database file does not exist."), file);
    if (!info.isReadable())
        return Error::make(ErrorCode::Unreadable,
                           tr("The database file cannot be read (permission "
                              "denied)."),
                           file);
    {
        QFile probe(file);
        if (!probe.open(QIODevice::ReadOnly))
            return Error::make(
                ErrorCode::Unreadable,
                tr("The database file cannot be opened: %1").arg(probe.errorString()), file);
        if (!probe.read(16).startsWith("SQLite format 3")) {
            Error e = Error::make(ErrorCode::UnknownFormat,
                                  tr("This is not a plain SQLite database."), file);
            e.hint = tr("An encrypted Signal backup must be decrypted first: signalbackup-tools "
                        "BACKUP PASSPHRASE -o FOLDER");
            return e;
        }
    }

    ScopedConnection connection(file);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return SqlTableReader::errorFrom(db.lastError(), file);
    // Not QSqlDatabase::tables(): it hides errors (a locked database would look empty).
    QStringList tables;
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
            return SqlTableReader::errorFrom(q.lastError(), file);
        while (q.next())
            tables.append(q.value(0).toString());
    }
    int dbv = -1;
    {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA user_version"_s))
            return SqlTableReader::errorFrom(q.lastError(), file);
        if (q.next())
            dbv = q.value(0).toInt();
    }

    const bool legacy = tables.contains(u"sms"_s);
    const TableSpec order[] = {
        {u"recipient", SignalTableKind::Recipient},
        {u"groups", SignalTableKind::Groups},
        {u"group_membership", SignalTableKind::GroupMembership},
        {u"distribution_list", SignalTableKind::DistributionList},
        {u"thread", SignalTableKind::Thread},
        {u"sms", SignalTableKind::LegacySms},
        {u"mms", legacy ? SignalTableKind::LegacyMms : SignalTableKind::Message},
        {u"message", SignalTableKind::Message},
        {u"attachment", SignalTableKind::Attachment},
        {u"part", SignalTableKind::Attachment},
        {u"mention", SignalTableKind::Mention},
        {u"reaction", SignalTableKind::Reaction},
    };
    const bool hasMessages
        = tables.contains(u"message"_s) || tables.contains(u"mms"_s) || tables.contains(u"sms"_s);
    if (!hasMessages) {
        Error e = Error::make(ErrorCode::UnknownFormat,
                              tr("This SQLite database has no message table, so it is not a Signal "
                                 "Android database (%n tables found).",
                                 nullptr, int(tables.size())),
                              file);
        e.hint = tr("Open the database.sqlite that signalbackup-tools wrote with -o or --onlydb.");
        return e;
    }

    SignalModelBuilder builder(options, job);
    builder.setDatabaseVersion(dbv);
    builder.setAttachmentDirectory(info.absolutePath());
    SourceInfo source;
    source.format = ExportFormat::SignalSqlite;
    source.path = options.path;
    source.bytes = info.size();
    source.files.append(info.fileName());

    // Progress is in rows; count them first so the bar moves evenly.
    std::vector<std::pair<QString, SignalTableKind>> plan;
    qint64 totalRows = 0;
    for (const TableSpec &spec : order) {
        const QString name = QString::fromUtf16(spec.name);
        if (!tables.contains(name))
            continue;
        if (name == u"message"_s && tables.contains(u"mms"_s) && !legacy)
            continue; // never both; prefer the older name only when message is absent
        plan.emplace_back(name, spec.kind);
        QSqlQuery q(db);
        if (q.exec(u"SELECT COUNT(*) FROM \""_s + name + u'"') && q.next())
            totalRows += q.value(0).toLongLong();
    }

    qint64 offset = 0;
    for (const auto &[name, kind] : plan) {
        if (job.isCanceled())
            return Error::canceled();
        auto reader = SqlTableReader::open(db, name, file);
        if (!reader)
            return reader.error();
        const SignalTableKind actual = identifySignalTable((*reader)->columns(), legacy);
        if (actual != kind
            && !(kind == SignalTableKind::LegacyMms && actual == SignalTableKind::Message)) {
            if (kind == SignalTableKind::Message || kind == SignalTableKind::LegacySms
                || kind == SignalTableKind::LegacyMms) {
                Error e = Error::make(ErrorCode::MissingColumn,
                                      tr("The \"%1\" table does not have the columns of a Signal "
                                         "message table.")
                                          .arg(name),
                                      file);
                return e;
            }
            continue;
        }
        builder.setProgressRange(offset, totalRows);
        const Status status = builder.read(kind, **reader);
        if (!status)
            return status.error();
        offset += (*reader)->progressTotal();
        job.setProgress(offset, totalRows);
    }
    builder.setSource(source);
    return builder.finish();
}

} // namespace idiolect
