// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrich/EnrichmentCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

const QString kSha = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;

EnrichmentCache::CachedTweet tweet(const QString &id, const QString &text)
{
    EnrichmentCache::CachedTweet t;
    t.found = true;
    t.tweet = TweetContent{id, u"ada"_s, u"Ada"_s, text};
    t.fetchedAt = 1700000000;
    return t;
}

void setUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class TestEnrichmentCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void missThenHit();
    void persistsAcrossOpens();
    void notFoundEntries();
    void imagesByHashAndProfile();
    void shortLinks();
    void clear();
    void clearByPath();
    void inMemory();
    void corruptFileIsRebuilt_data();
    void corruptFileIsRebuilt();
    void otherVersionIsRebuilt();
    void unusableLocation();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestEnrichmentCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"sub/enrichment.sqlite"_s);
}

void TestEnrichmentCache::missThenHit()
{
    auto cache = EnrichmentCache::open(m_path);
    QVERIFY(cache);
    QVERIFY(!(*cache)->wasRebuilt());
    QVERIFY(!(*cache)->tweet(u"fxtwitter"_s, u"1"_s));
    (*cache)->storeTweet(u"fxtwitter"_s, u"1"_s, tweet(u"1"_s, u"hello\nworld"_s));
    const auto hit = (*cache)->tweet(u"fxtwitter"_s, u"1"_s);
    QVERIFY(hit);
    QVERIFY(hit->found);
    QCOMPARE(hit->tweet.text, u"hello\nworld"_s);
    QCOMPARE(hit->tweet.handle, u"ada"_s);
    QCOMPARE(hit->tweet.authorName, u"Ada"_s);
    QCOMPARE(hit->fetchedAt, 1700000000);
    QVERIFY(!(*cache)->tweet(u"other-provider"_s, u"1"_s));
}

void TestEnrichmentCache::persistsAcrossOpens()
{
    {
        auto cache = EnrichmentCache::open(m_path);
        QVERIFY(cache);
        (*cache)->storeTweet(u"fxtwitter"_s, u"7"_s, tweet(u"7"_s, u"kept"_s));
        (*cache)->storeImageDescription(kSha, u"m@1"_s, u"a cat"_s);
    }
    auto again = EnrichmentCache::open(m_path);
    QVERIFY(again);
    QVERIFY(!(*again)->wasRebuilt());
    QCOMPARE((*again)->tweet(u"fxtwitter"_s, u"7"_s)->tweet.text, u"kept"_s);
    QCOMPARE((*again)->imageDescription(kSha, u"m@1"_s).value_or(QString()), u"a cat"_s);
    const auto counts = (*again)->counts();
    QCOMPARE(counts.tweets, 1);
    QCOMPARE(counts.images, 1);
    QCOMPARE(counts.shortLinks, 0);
}

void TestEnrichmentCache::notFoundEntries()
{
    auto cache = EnrichmentCache::open(m_path);
    QVERIFY(cache);
    (*cache)->storeTweet(u"fxtwitter"_s, u"404"_s, {false, {}, 1234});
    const auto entry = (*cache)->tweet(u"fxtwitter"_s, u"404"_s);
    QVERIFY(entry);
    QVERIFY(!entry->found);
    QCOMPARE(entry->fetchedAt, 1234);
    QVERIFY(entry->tweet.text.isEmpty());
}

void TestEnrichmentCache::imagesByHashAndProfile()
{
    auto cache = EnrichmentCache::open(m_path);
    QVERIFY(cache);
    (*cache)->storeImageDescription(kSha, u"llava@aaaa"_s, u"a dog"_s);
    QCOMPARE((*cache)->imageDescription(kSha, u"llava@aaaa"_s).value_or(QString()), u"a dog"_s);
    QVERIFY(!(*cache)->imageDescription(kSha, u"gemma@bbbb"_s)); // another model or prompt
    QVERIFY(!(*cache)->imageDescription(QString(64, u'0'), u"llava@aaaa"_s));
    (*cache)->storeImageDescription(kSha, u"llava@aaaa"_s, u"a brown dog"_s);
    QCOMPARE((*cache)->imageDescription(kSha, u"llava@aaaa"_s).value_or(QString()),
             u"a brown dog"_s);
}

void TestEnrichmentCache::shortLinks()
{
    auto cache = EnrichmentCache::open(m_path);
    QVERIFY(cache);
    QVERIFY(!(*cache)->shortLink(u"abc"_s));
    (*cache)->storeShortLink(u"abc"_s, {true, u"https://x.com/a/status/1"_s, 5});
    (*cache)->storeShortLink(u"dead"_s, {false, {}, 6});
    QCOMPARE((*cache)->shortLink(u"abc"_s)->target, u"https://x.com/a/status/1"_s);
    QVERIFY(!(*cache)->shortLink(u"dead"_s)->found);
}

void TestEnrichmentCache::clear()
{
    auto cache = EnrichmentCache::open(m_path);
    QVERIFY(cache);
    (*cache)->storeTweet(u"fxtwitter"_s, u"1"_s, tweet(u"1"_s, u"x"_s));
    (*cache)->storeImageDescription(kSha, u"p"_s, u"d"_s);
    (*cache)->storeShortLink(u"c"_s, {true, u"https://e.com"_s, 1});
    QVERIFY((*cache)->clear());
    const auto counts = (*cache)->counts();
    QCOMPARE(counts.tweets + counts.images + counts.shortLinks, 0);
    QVERIFY(!(*cache)->tweet(u"fxtwitter"_s, u"1"_s));
}

void TestEnrichmentCache::clearByPath()
{
    QVERIFY(EnrichmentCache::clear(m_path)); // nothing there yet: fine
    {
        auto cache = EnrichmentCache::open(m_path);
        QVERIFY(cache);
        (*cache)->storeTweet(u"fxtwitter"_s, u"1"_s, tweet(u"1"_s, u"x"_s));
    }
    QVERIFY(EnrichmentCache::clear(m_path));
    auto cache = EnrichmentCache::open(m_path);
    QCOMPARE((*cache)->counts().tweets, 0);
}

void TestEnrichmentCache::inMemory()
{
    auto cache = EnrichmentCache::open({});
    QVERIFY(cache);
    (*cache)->storeTweet(u"fxtwitter"_s, u"1"_s, tweet(u"1"_s, u"x"_s));
    QVERIFY((*cache)->tweet(u"fxtwitter"_s, u"1"_s));
    auto other = EnrichmentCache::open({});
    QVERIFY(!(*other)->tweet(u"fxtwitter"_s, u"1"_s)); // each memory cache is its own
}

void TestEnrichmentCache::corruptFileIsRebuilt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("this is not a database\n");
    QTest::newRow("binary noise") << QByteArray(4096, '\xA5');
    QTest::newRow("truncated sqlite header") << QByteArray("SQLite format 3\0\x10", 18);
}

void TestEnrichmentCache::corruptFileIsRebuilt()
{
    QFETCH(QByteArray, content);
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    auto cache = EnrichmentCache::open(m_path);
    QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().toString()));
    QVERIFY((*cache)->wasRebuilt());
    QVERIFY(!(*cache)->rebuildReason().isEmpty());
    (*cache)->storeTweet(u"fxtwitter"_s, u"1"_s, tweet(u"1"_s, u"works"_s));
    QCOMPARE((*cache)->tweet(u"fxtwitter"_s, u"1"_s)->tweet.text, u"works"_s);
}

void TestEnrichmentCache::otherVersionIsRebuilt()
{
    {
        auto cache = EnrichmentCache::open(m_path);
        QVERIFY(cache);
        (*cache)->storeTweet(u"fxtwitter"_s, u"1"_s, tweet(u"1"_s, u"old"_s));
    }
    setUserVersion(m_path, EnrichmentCache::kSchemaVersion + 1);
    auto cache = EnrichmentCache::open(m_path);
    QVERIFY(cache);
    QVERIFY((*cache)->wasRebuilt());
    QCOMPARE((*cache)->rebuildReason(),
             u"schema version %1"_s.arg(EnrichmentCache::kSchemaVersion + 1));
    QVERIFY(!(*cache)->tweet(u"fxtwitter"_s, u"1"_s));
}

void TestEnrichmentCache::unusableLocation()
{
    // A directory where the file should be cannot be opened nor replaced.
    QVERIFY(QDir().mkpath(m_path));
    auto cache = EnrichmentCache::open(m_path);
    QVERIFY(!cache);
    QCOMPARE(cache.error().code, ErrorCode::Unreadable);
    QCOMPARE(cache.error().file, m_path);
    QVERIFY(!cache.error().hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestEnrichmentCache)
#include "tst_enrichmentcache.moc"
