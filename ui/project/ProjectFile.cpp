// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

const auto kFormat = "idiolect-project"_L1;

/** Runs a statement; on failure fills *error with the driver's message (no user data in it). */
bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool execSql(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

ProjectFile::ProjectFile(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{ }

ProjectFile::~ProjectFile()
{
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ProjectFile::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error ProjectFile::sqlError(const QString &what, const QString &detail) const
{
    Error e = Error::make(ErrorCode::WriteFailed, what, m_path);
    e.hint = tr("Check that the disk is not full and that you may write to the folder. (%1)")
                 .arg(detail);
    return e;
}

QString ProjectFile::suffix()
{
    return u"idiolect"_s;
}

bool ProjectFile::isProjectFile(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return false;
    if (!f.read(16).startsWith("SQLite format 3"))
        return false;
    f.close();
    const QString conn = u"idiolect-probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ours = false;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, conn);
        d.setDatabaseName(path);
        d.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (d.open()) {
            QSqlQuery q(d);
            ours = q.exec(u"SELECT value FROM meta WHERE key = 'format'"_s) && q.next()
                && q.value(0).toString() == kFormat;
            q.finish();
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    return ours;
}

QString ProjectFile::defaultPathForExport(const QString &exportPath)
{
    const QFileInfo info(exportPath);
    const QString canonical
        = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    QString base = info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName();
    base.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"_"_s);
    const QString dir
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/projects"_s;
    return dir + u'/' + base.left(40) + u'-' + QString::fromLatin1(hash) + u'.' + suffix();
}

Expected<std::unique_ptr<ProjectFile>> ProjectFile::open(const QString &path, bool create)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && !create) {
        Error e = Error::make(ErrorCode::NotFound, tr("The project file does not exist."), path);
        return e;
    }
    if (exists && !isProjectFile(path)) {
        Error e = Error::make(ErrorCode::UnknownFormat, tr("This file is not an Idiolect project."),
                              path);
        e.hint = tr("Open a Signal export with \u201cOpen Export\u201d instead.");
        return e;
    }
    if (!exists) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error::make(ErrorCode::WriteFailed,
                               tr("The folder for the project file could not be created."),
                               info.absolutePath());
        QFile touch(path);
        if (!touch.open(QIODevice::WriteOnly))
            return Error::make(ErrorCode::WriteFailed, tr("The project file could not be created."),
                               path);
        touch.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString conn
        = u"idiolect-project-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, conn);
        d.setDatabaseName(path);
        if (!d.open()) {
            Error e = Error::make(ErrorCode::Unreadable,
                                  tr("The project file could not be opened."), path);
            e.hint = d.lastError().text();
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(conn);
            return e;
        }
    }
    std::unique_ptr<ProjectFile> file(new ProjectFile(path, conn));
    if (Status s = file->initSchema(!exists); !s)
        return s.error();
    return file;
}

Status ProjectFile::initSchema(bool fresh)
{
    QSqlDatabase d = db();
    QString err;
    const QStringList statements = {
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = NORMAL"_s,
        u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS thread_selection (thread_id INTEGER PRIMARY KEY, "
        "included INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS review_decision (example_id TEXT PRIMARY KEY, "
        "status TEXT NOT NULL, edited_output TEXT, updated_ms INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS pseudonym (original TEXT PRIMARY KEY, pseudonym TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS privacy_word (list TEXT NOT NULL, word TEXT NOT NULL, "
        "PRIMARY KEY (list, word))"_s,
        u"CREATE TABLE IF NOT EXISTS privacy_hit (hit_id TEXT PRIMARY KEY, status TEXT NOT NULL)"_s,
    };
    for (const QString &sql : statements) {
        if (!execSql(d, sql, &err))
            return sqlError(tr("The project file could not be prepared."), err);
    }
    QSqlQuery version(d);
    if (version.exec(u"PRAGMA user_version"_s) && version.next()
        && version.value(0).toInt() > kSchemaVersion) {
        Error e = Error::make(ErrorCode::UnknownFormat,
                              tr("This project was saved by a newer version of Idiolect."), m_path);
        e.hint = tr("Update Idiolect to open it.");
        return e;
    }
    if (fresh) {
        if (!execSql(d, u"PRAGMA user_version = %1"_s.arg(kSchemaVersion), &err)
            || !execSql(d, u"INSERT OR REPLACE INTO meta VALUES ('format', '%1')"_s.arg(kFormat),
                        &err)
            || !execSql(d,
                        u"INSERT OR REPLACE INTO meta VALUES ('created_ms', '%1')"_s.arg(
                            QDateTime::currentMSecsSinceEpoch()),
                        &err))
            return sqlError(tr("The project file could not be prepared."), err);
    }
    return {};
}

Expected<ProjectState> ProjectFile::load() const
{
    QSqlDatabase d = db();
    ProjectState s;
    QSqlQuery q(d);
    auto fail = [this, &q] {
        Error e
            = Error::make(ErrorCode::Unreadable, tr("The project file could not be read."), m_path);
        e.hint = q.lastError().text();
        return e;
    };
    if (!q.exec(u"SELECT key, value FROM meta"_s))
        return fail();
    QDate from, to;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == "export_path"_L1)
            s.exportPath = value;
        else if (key == "self_override"_L1 && !value.isEmpty())
            s.selfOverride = value.toLongLong();
        else if (key == "lenient_import"_L1)
            s.lenientImport = value == "1"_L1;
        else if (key == "range_preset"_L1)
            s.range.preset = DateRange::presetFromName(value);
        else if (key == "range_from"_L1)
            s.range.from = QDate::fromString(value, Qt::ISODate);
        else if (key == "range_to"_L1)
            s.range.to = QDate::fromString(value, Qt::ISODate);
        else if (key == "generation"_L1)
            s.generation = QJsonDocument::fromJson(value.toUtf8()).object();
        else if (key == "export_options"_L1)
            s.exportOptions = QJsonDocument::fromJson(value.toUtf8()).object();
        else if (key == "enrichment"_L1)
            s.enrichment = QJsonDocument::fromJson(value.toUtf8()).object();
        else if (key == "pseudonym_map"_L1)
            s.privacy.mapping = QJsonDocument::fromJson(value.toUtf8()).object();
    }
    if (!q.exec(u"SELECT thread_id, included FROM thread_selection"_s))
        return fail();
    while (q.next())
        s.threadIncluded.insert(q.value(0).toLongLong(), q.value(1).toInt() != 0);
    if (!q.exec(u"SELECT example_id, status, edited_output FROM review_decision"_s))
        return fail();
    while (q.next()) {
        ReviewDecision dec;
        dec.status = reviewStatusFromName(q.value(1).toString());
        dec.edited = !q.value(2).isNull();
        dec.editedOutput = q.value(2).toString();
        s.decisions.insert(q.value(0).toString(), dec);
    }
    if (!q.exec(u"SELECT original, pseudonym FROM pseudonym"_s))
        return fail();
    while (q.next())
        s.privacy.pseudonyms.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(u"SELECT list, word FROM privacy_word ORDER BY rowid"_s))
        return fail();
    while (q.next()) {
        (q.value(0).toString() == "allow"_L1 ? s.privacy.allowList : s.privacy.extraNames)
            .append(q.value(1).toString());
    }
    if (!q.exec(u"SELECT hit_id, status FROM privacy_hit"_s))
        return fail();
    while (q.next())
        s.privacy.hitStatus.insert(q.value(0).toString(), q.value(1).toString());
    return s;
}

Status ProjectFile::save(const ProjectState &state, Parts parts, const QList<QString> *changed)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return sqlError(tr("The project could not be saved."), d.lastError().text());
    Status s;
    if (s && (parts & Meta))
        s = saveMeta(state);
    if (s && (parts & Selection))
        s = saveSelection(state);
    if (s && (parts & Decisions))
        s = saveDecisions(state, changed);
    if (s && (parts & Privacy))
        s = savePrivacy(state);
    if (!s) {
        d.rollback();
        return s;
    }
    if (!d.commit())
        return sqlError(tr("The project could not be saved."), d.lastError().text());
    return {};
}

Status ProjectFile::saveMeta(const ProjectState &state)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    const std::pair<QString, QString> rows[] = {
        {u"export_path"_s, state.exportPath},
        {u"self_override"_s,
         state.selfOverride ? QString::number(*state.selfOverride) : QString(u""_s)},
        {u"lenient_import"_s, state.lenientImport ? u"1"_s : u"0"_s},
        {u"range_preset"_s, DateRange::presetName(state.range.preset)},
        {u"range_from"_s, dateText(state.range.from)},
        {u"range_to"_s, dateText(state.range.to)},
        {u"generation"_s, jsonText(state.generation)},
        {u"export_options"_s, jsonText(state.exportOptions)},
        {u"enrichment"_s, jsonText(state.enrichment)},
        {u"app_version"_s, QStringLiteral(IDIOLECT_VERSION_STRING)},
    };
    QString err;
    for (const auto &[key, value] : rows) {
        q.addBindValue(key);
        q.addBindValue(value.isNull() ? u""_s : value);
        if (!exec(q, &err))
            return sqlError(tr("The project could not be saved."), err);
    }
    return {};
}

Status ProjectFile::saveSelection(const ProjectState &state)
{
    QString err;
    if (!execSql(db(), u"DELETE FROM thread_selection"_s, &err))
        return sqlError(tr("The project could not be saved."), err);
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO thread_selection (thread_id, included) VALUES (?, ?)"_s);
    for (auto it = state.threadIncluded.cbegin(); it != state.threadIncluded.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value() ? 1 : 0);
        if (!exec(q, &err))
            return sqlError(tr("The project could not be saved."), err);
    }
    return {};
}

Status ProjectFile::saveDecisions(const ProjectState &state, const QList<QString> *changed)
{
    QString err;
    if (!changed && !execSql(db(), u"DELETE FROM review_decision"_s, &err))
        return sqlError(tr("The project could not be saved."), err);
    QSqlQuery upsert(db());
    upsert.prepare(u"INSERT OR REPLACE INTO review_decision (example_id, status, edited_output, "
                   "updated_ms) VALUES (?, ?, ?, ?)"_s);
    QSqlQuery remove(db());
    remove.prepare(u"DELETE FROM review_decision WHERE example_id = ?"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto write = [&](const QString &id) {
        const auto it = state.decisions.constFind(id);
        if (it == state.decisions.cend() || it->isDefault()) {
            remove.addBindValue(id);
            return exec(remove, &err);
        }
        upsert.addBindValue(id);
        upsert.addBindValue(reviewStatusName(it->status));
        upsert.addBindValue(it->isEdited()
                                ? QVariant(it->editedOutput.isNull() ? u""_s : it->editedOutput)
                                : QVariant(QMetaType::fromType<QString>()));
        upsert.addBindValue(now);
        return exec(upsert, &err);
    };
    if (changed) {
        for (const QString &id : *changed) {
            if (!write(id))
                return sqlError(tr("The project could not be saved."), err);
        }
    } else {
        for (auto it = state.decisions.cbegin(); it != state.decisions.cend(); ++it) {
            if (!it->isDefault() && !write(it.key()))
                return sqlError(tr("The project could not be saved."), err);
        }
    }
    return {};
}

Status ProjectFile::savePrivacy(const ProjectState &state)
{
    QString err;
    QSqlDatabase d = db();
    for (const QString &table : {u"pseudonym"_s, u"privacy_word"_s, u"privacy_hit"_s}) {
        if (!execSql(d, u"DELETE FROM "_s + table, &err))
            return sqlError(tr("The project could not be saved."), err);
    }
    QSqlQuery q(d);
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('pseudonym_map', ?)"_s);
    q.addBindValue(jsonText(state.privacy.mapping));
    if (!exec(q, &err))
        return sqlError(tr("The project could not be saved."), err);
    q.prepare(u"INSERT INTO pseudonym (original, pseudonym) VALUES (?, ?)"_s);
    for (auto it = state.privacy.pseudonyms.cbegin(); it != state.privacy.pseudonyms.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!exec(q, &err))
            return sqlError(tr("The project could not be saved."), err);
    }
    q.prepare(u"INSERT OR IGNORE INTO privacy_word (list, word) VALUES (?, ?)"_s);
    for (const auto &[list, words] : {std::pair{u"allow"_s, &state.privacy.allowList},
                                      std::pair{u"name"_s, &state.privacy.extraNames}}) {
        for (const QString &word : *words) {
            q.addBindValue(list);
            q.addBindValue(word);
            if (!exec(q, &err))
                return sqlError(tr("The project could not be saved."), err);
        }
    }
    q.prepare(u"INSERT INTO privacy_hit (hit_id, status) VALUES (?, ?)"_s);
    for (auto it = state.privacy.hitStatus.cbegin(); it != state.privacy.hitStatus.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!exec(q, &err))
            return sqlError(tr("The project could not be saved."), err);
    }
    return {};
}

Status ProjectFile::saveCopyAs(const QString &target) const
{
    const QFileInfo info(target);
    const QString temp = info.absolutePath() + u"/."_s + info.fileName() + u".tmp"_s;
    QFile::remove(temp);
    QSqlQuery q(db());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(temp);
    if (!q.exec()) {
        QFile::remove(temp); // a full disk leaves a partial copy behind
        Error e = Error::make(ErrorCode::WriteFailed, tr("The project could not be saved there."),
                              target);
        e.hint = q.lastError().text();
        return e;
    }
    QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(temp).toStdString(),
                            QFile::encodeName(target).toStdString(), ec);
    if (ec) {
        QFile::remove(temp);
        return Error::make(ErrorCode::WriteFailed, tr("The project could not be saved there."),
                           target);
    }
    return {};
}

} // namespace idiolect
