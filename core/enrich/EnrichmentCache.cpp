// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

std::atomic_int g_connectionCounter{0};
constexpr QStringView kBusy = u"busy";

// Empty if the database is usable; otherwise why it has to be rebuilt.
QString healthProblem(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next()) {
        // SQLITE_BUSY / SQLITE_LOCKED: a healthy file another process is writing. Never delete it.
        const QString code = q.lastError().nativeErrorCode();
        return code == u"5" || code == u"6" ? kBusy.toString() : u"not a database"_s;
    }
    if (q.value(0).toString() != u"ok")
        return u"integrity check failed"_s;
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return u"not a database"_s;
    const int version = q.value(0).toInt();
    if (version == 0)
        return {};
    if (version != EnrichmentCache::kSchemaVersion)
        return u"schema version %1"_s.arg(version);
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                "('tweets', 'short_links', 'images')"_s)
        || !q.next() || q.value(0).toInt() != 3)
        return u"missing tables"_s;
    return {};
}

bool removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            return false;
    }
    return true;
}

} // namespace

EnrichmentCache::EnrichmentCache(QString connection, QString path)
    : m_connection(std::move(connection)), m_path(std::move(path))
{ }

EnrichmentCache::~EnrichmentCache()
{
    for (auto &q : m_statements)
        q.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString EnrichmentCache::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + u"/idiolect/enrichment.sqlite"_s;
}

Expected<std::unique_ptr<EnrichmentCache>> EnrichmentCache::open(const QString &path)
{
    const auto failure = [&path](const QString &detail) {
        Error e
            = Error::make(ErrorCode::Unreadable,
                          tr("The enrichment cache could not be opened (%1).").arg(detail), path);
        e.hint = tr("Clear the cache or choose another cache file.");
        return e;
    };
    if (!path.isEmpty() && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(tr("its folder cannot be created"));

    const QString name = u"idiolect-enrichment-cache-%1"_s.arg(++g_connectionCounter);
    std::unique_ptr<EnrichmentCache> cache(new EnrichmentCache(name, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path.isEmpty() ? u":memory:"_s : path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    QString problem = db.open() ? healthProblem(db) : u"cannot open"_s;
    if (problem == kBusy)
        return failure(tr("another program is using it"));
    if (!problem.isEmpty() && !path.isEmpty()) {
        db.close();
        if (!removeDatabaseFiles(path))
            return failure(tr("a damaged cache file cannot be replaced"));
        cache->m_rebuildReason = problem;
        problem = db.open() ? healthProblem(db) : u"cannot open"_s;
    }
    if (!problem.isEmpty())
        return failure(problem);
    if (Status s = cache->prepare(); !s)
        return s.error();
    return cache;
}

Status EnrichmentCache::prepare()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const QStringList statements = {
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = NORMAL"_s,
        u"CREATE TABLE IF NOT EXISTS tweets (provider TEXT NOT NULL, tweet_id TEXT NOT NULL, "
        "found INTEGER NOT NULL, handle TEXT, author TEXT, text TEXT, fetched_at INTEGER NOT "
        "NULL, PRIMARY KEY (provider, tweet_id))"_s,
        u"CREATE TABLE IF NOT EXISTS short_links (code TEXT PRIMARY KEY, found INTEGER NOT "
        "NULL, target TEXT, resolved_at INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS images (sha256 TEXT NOT NULL, profile TEXT NOT NULL, "
        "description TEXT NOT NULL, described_at INTEGER NOT NULL, PRIMARY KEY (sha256, "
        "profile))"_s,
        u"PRAGMA user_version = %1"_s.arg(kSchemaVersion),
    };
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            Error e = Error::make(ErrorCode::WriteFailed,
                                  tr("The enrichment cache could not be set up."), m_path);
            e.hint = tr("Check that the cache folder is writable and the disk is not full.");
            return e;
        }
    }
    return {};
}

QSqlQuery &EnrichmentCache::statement(Statement which) const
{
    static const std::array<QString, StatementCount> sql = {
        u"SELECT found, handle, author, text, fetched_at FROM tweets WHERE provider = ? AND "
        "tweet_id = ?"_s,
        u"INSERT OR REPLACE INTO tweets (provider, tweet_id, found, handle, author, text, "
        "fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        u"SELECT found, target, resolved_at FROM short_links WHERE code = ?"_s,
        u"INSERT OR REPLACE INTO short_links (code, found, target, resolved_at) VALUES "
        "(?, ?, ?, ?)"_s,
        u"SELECT description FROM images WHERE sha256 = ? AND profile = ?"_s,
        u"INSERT OR REPLACE INTO images (sha256, profile, description, described_at) VALUES "
        "(?, ?, ?, strftime('%s', 'now'))"_s,
    };
    auto &q = m_statements[size_t(which)];
    if (!q) {
        q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        q->prepare(sql[size_t(which)]);
    }
    return *q;
}

std::optional<EnrichmentCache::CachedTweet> EnrichmentCache::tweet(const QString &provider,
                                                                   const QString &tweetId) const
{
    QSqlQuery &q = statement(SelectTweet);
    q.bindValue(0, provider);
    q.bindValue(1, tweetId);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    CachedTweet entry;
    entry.found = q.value(0).toInt() != 0;
    entry.tweet.id = tweetId;
    entry.tweet.handle = q.value(1).toString();
    entry.tweet.authorName = q.value(2).toString();
    entry.tweet.text = q.value(3).toString();
    entry.fetchedAt = q.value(4).toLongLong();
    q.finish();
    return entry;
}

void EnrichmentCache::storeTweet(const QString &provider, const QString &tweetId,
                                 const CachedTweet &entry)
{
    QSqlQuery &q = statement(InsertTweet);
    q.bindValue(0, provider);
    q.bindValue(1, tweetId);
    q.bindValue(2, entry.found ? 1 : 0);
    q.bindValue(3, entry.tweet.handle);
    q.bindValue(4, entry.tweet.authorName);
    q.bindValue(5, entry.tweet.text);
    q.bindValue(6, entry.fetchedAt);
    q.exec();
    q.finish();
}

std::optional<EnrichmentCache::CachedShortLink>
EnrichmentCache::shortLink(const QString &code) const
{
    QSqlQuery &q = statement(SelectShortLink);
    q.bindValue(0, code);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    const CachedShortLink entry{q.value(0).toInt() != 0, q.value(1).toString(),
                                q.value(2).toLongLong()};
    q.finish();
    return entry;
}

void EnrichmentCache::storeShortLink(const QString &code, const CachedShortLink &entry)
{
    QSqlQuery &q = statement(InsertShortLink);
    q.bindValue(0, code);
    q.bindValue(1, entry.found ? 1 : 0);
    q.bindValue(2, entry.target);
    q.bindValue(3, entry.resolvedAt);
    q.exec();
    q.finish();
}

std::optional<QString> EnrichmentCache::imageDescription(const QString &sha256,
                                                         const QString &profile) const
{
    QSqlQuery &q = statement(SelectImage);
    q.bindValue(0, sha256);
    q.bindValue(1, profile);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    const QString description = q.value(0).toString();
    q.finish();
    return description;
}

void EnrichmentCache::storeImageDescription(const QString &sha256, const QString &profile,
                                            const QString &description)
{
    QSqlQuery &q = statement(InsertImage);
    q.bindValue(0, sha256);
    q.bindValue(1, profile);
    q.bindValue(2, description);
    q.exec();
    q.finish();
}

Status EnrichmentCache::clear()
{
    for (auto &statement : m_statements) {
        if (statement)
            statement->finish();
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const bool ok = db.transaction() && q.exec(u"DELETE FROM tweets"_s)
        && q.exec(u"DELETE FROM short_links"_s) && q.exec(u"DELETE FROM images"_s) && db.commit();
    if (!ok) {
        db.rollback();
        Error e = Error::make(ErrorCode::WriteFailed,
                              tr("The enrichment cache could not be cleared."), m_path);
        e.hint = tr("Close other Idiolect windows using the cache and try again.");
        return e;
    }
    q.exec(u"VACUUM"_s);
    return {};
}

Status EnrichmentCache::clear(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    auto cache = open(path);
    if (!cache)
        return cache.error();
    return (*cache)->clear();
}

EnrichmentCache::Counts EnrichmentCache::counts() const
{
    Counts counts;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const auto count = [&q](const QString &sql) {
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    };
    counts.tweets = count(u"SELECT count(*) FROM tweets"_s);
    counts.shortLinks = count(u"SELECT count(*) FROM short_links"_s);
    counts.images = count(u"SELECT count(*) FROM images"_s);
    return counts;
}

} // namespace idiolect
