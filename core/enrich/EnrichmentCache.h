// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TweetContent.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <memory>
#include <optional>

class QSqlQuery;

namespace idiolect {

/**
 * @brief What enrichment learned from the network, kept on disk so re-runs are free and offline.
 *
 * One SQLite file (Qt SQL, WAL journal) with three tables: posts by
 * (provider, tweet id), t.co targets by code, and image descriptions by
 * (SHA-256 of the image bytes, vision profile = model + prompt). "Not found"
 * answers are stored too, with their time, so deleted posts are not asked
 * for again on every run. The schema version is PRAGMA user_version; a file
 * that is not a database, fails PRAGMA quick_check or has another version is
 * deleted and rebuilt (wasRebuilt() says so). An empty path gives a cache in
 * memory for one run.
 *
 * A cache object belongs to the thread that opened it (Qt SQL connections
 * are per thread). Writes are single statements, so a canceled run keeps
 * everything fetched before the cancel.
 */
class EnrichmentCache final
{
    Q_DECLARE_TR_FUNCTIONS(EnrichmentCache)

public:
    static constexpr int kSchemaVersion = 1;

    struct CachedTweet
    {
        bool found = false; ///< False: the provider said "not found" at fetchedAt.
        TweetContent tweet;
        qint64 fetchedAt = 0; ///< Seconds since the epoch (UTC).
    };

    struct CachedShortLink
    {
        bool found = false;
        QString target;
        qint64 resolvedAt = 0;
    };

    struct Counts
    {
        qint64 tweets = 0;
        qint64 shortLinks = 0;
        qint64 images = 0;
    };

    /**
     * The cache file the desktop app and the CLI share:
     * `<generic cache location>/idiolect/enrichment.sqlite` (~/.cache/idiolect/… on Linux).
     */
    static QString defaultPath();

    static Expected<std::unique_ptr<EnrichmentCache>> open(const QString &path);
    /** Empties a cache file without a job (the "Clear cache" action). A missing file is fine. */
    static Status clear(const QString &path);

    ~EnrichmentCache();
    Q_DISABLE_COPY_MOVE(EnrichmentCache)

    [[nodiscard]] bool wasRebuilt() const { return !m_rebuildReason.isEmpty(); }
    /** Why the file was rebuilt ("not a database", "schema version 7"), or empty. */
    [[nodiscard]] const QString &rebuildReason() const { return m_rebuildReason; }
    [[nodiscard]] const QString &path() const { return m_path; }

    [[nodiscard]] std::optional<CachedTweet> tweet(const QString &provider,
                                                   const QString &tweetId) const;
    void storeTweet(const QString &provider, const QString &tweetId, const CachedTweet &entry);

    [[nodiscard]] std::optional<CachedShortLink> shortLink(const QString &code) const;
    void storeShortLink(const QString &code, const CachedShortLink &entry);

    [[nodiscard]] std::optional<QString> imageDescription(const QString &sha256,
                                                          const QString &profile) const;
    void storeImageDescription(const QString &sha256, const QString &profile,
                               const QString &description);

    /** Deletes every entry (the file stays, smaller after VACUUM). */
    Status clear();
    [[nodiscard]] Counts counts() const;

private:
    enum Statement {
        SelectTweet,
        InsertTweet,
        SelectShortLink,
        InsertShortLink,
        SelectImage,
        InsertImage,
        StatementCount
    };

    EnrichmentCache(QString connection, QString path);
    Status prepare();
    /** A prepared statement, reused: a million lookups must not re-parse SQL each time. */
    QSqlQuery &statement(Statement which) const;

    QString m_connection;
    QString m_path;
    QString m_rebuildReason;
    mutable std::array<std::unique_ptr<QSqlQuery>, StatementCount> m_statements;
};

} // namespace idiolect
