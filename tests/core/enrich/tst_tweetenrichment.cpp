// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichTestSupport.h"
#include "TestExportBuilder.h"
#include "TestHttpServer.h"
#include "common/JobContext.h"
#include "enrich/EnrichmentCache.h"
#include "enrich/EnrichmentJob.h"
#include "enrich/FxTwitterProvider.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace idiolect;
using namespace idiolect::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray fxJson(const QString &id, const QString &handle, const QString &text)
{
    return u"{\"code\":200,\"message\":\"OK\",\"tweet\":{\"id\":\"%1\",\"url\":\"https://x.com/%2/"
           "status/%1\",\"text\":\"%3\",\"author\":{\"name\":\"Name of %2\",\"screen_name\":"
           "\"%2\"},\"created_timestamp\":1700000000}}"_s.arg(id, handle, text)
               .toUtf8();
}

const EnrichmentItem *itemWithKey(const EnrichmentResult &r, quint32 message, const QString &key)
{
    const MessageEnrichment *m = r.find(message);
    if (!m)
        return nullptr;
    for (const EnrichmentItem &item : m->items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestTweetEnrichment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultsNeverTouchTheNetwork();
    void twitterOffLeavesLinksAlone();
    void fetchFillsTweetsAndCountsFailures();
    void onlyThePostIdLeavesTheMachine();
    void previewWinsOverFetch();
    void shortLinksResolveThroughTco();
    void shortLinkToOtherPage();
    void cacheMakesRerunsFree();
    void notFoundIsRemembered();
    void cancelDuringFetch();
    void unreachableProvider();
    void scopeAndThreads();
    void editsApplyToTheLayer();
    void duplicateLinkEnrichedOnce();
    void quotesAndAltText();
    void progressReachesTheEnd();

private:
    EnrichmentParams fetchParams(const TextLayerPtr &input) const;

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    NetworkProbe m_probe;
};

void TestTweetEnrichment::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_probe = NetworkProbe{};
}

EnrichmentParams TestTweetEnrichment::fetchParams(const TextLayerPtr &input) const
{
    EnrichmentParams params;
    params.input = input;
    params.twitter = TwitterMode::Fetch;
    params.tweetProvider = std::make_shared<FxTwitterProvider>(m_server->url(u"/fx"_s));
    params.shortLinkBase = m_server->url(u"/tco"_s);
    params.tweetHttp = fastPolicy();
    params.cachePath = m_dir->filePath(u"cache.sqlite"_s);
    params.networkFactory = m_probe.factory();
    return params;
}

void TestTweetEnrichment::defaultsNeverTouchTheNetwork()
{
    TestExportBuilder b;
    const quint32 withPreview = b.text(u"lol https://x.com/ada/status/1?s=20 😂"_s);
    b.preview(withPreview, u"https://x.com/ada/status/1?s=20"_s, u"Ada (@ada) on X"_s,
              u"“Engines compute.”"_s);
    const quint32 noPreview = b.text(u"https://twitter.com/bob/status/2"_s);
    const quint32 shortLink = b.text(u"see https://t.co/AbC"_s);
    const quint32 page = b.text(u"read https://example.com/article, good"_s, false);
    b.preview(page, u"https://example.com/article"_s, u"An article"_s, u"What it says."_s);
    const quint32 photo = b.mediaOnly();
    b.image(photo, writeFile(m_dir->filePath(u"p.jpg"_s), fakeJpeg()));
    const ChatExportPtr ex = b.build();

    EnrichmentParams params; // defaults, plus a probe on the network
    params.input = TestExportBuilder::rawLayer(ex);
    params.networkFactory = m_probe.factory();
    params.cachePath = m_dir->filePath(u"cache.sqlite"_s);
    const auto result = runEnrichment(params);
    QVERIFY(result);

    QCOMPARE(m_probe.managersCreated->load(), 0);
    QCOMPARE(m_probe.requests->load(), 0);
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!QFileInfo::exists(params.cachePath)); // an offline run leaves no cache file behind

    const EnrichmentSummary &s = result->summary;
    QCOMPARE(s.tweetsFromPreviews, 1);
    QCOMPARE(s.tweetsUnavailable, 1);
    QCOMPARE(s.tweetsFetched, 0);
    QCOMPARE(s.shortLinksUnresolved, 1);
    QCOMPARE(s.linksFromPreviews, 1);
    QCOMPARE(s.imagesDescribed + s.imagesSkipped + s.imagesFailed, 0);
    QCOMPARE(s.enhancedMessages, 2);
    QCOMPARE(s.networkRequests, 0);

    const TextLayer &layer = *result->layer;
    QCOMPARE(layer.body(withPreview),
             u"lol https://x.com/ada/status/1?s=20\n> @ada: Engines compute.\n😂"_s);
    QCOMPARE(layer.body(page),
             u"read https://example.com/article,\n> An article\n> What it says.\ngood"_s);
    QCOMPARE(layer.body(noPreview), ex->messages.body(noPreview));
    QCOMPARE(layer.body(shortLink), ex->messages.body(shortLink));
    QCOMPARE(layer.body(photo), u"");

    const EnrichmentItem *item = itemWithKey(*result, withPreview, u"tweet:1"_s);
    QVERIFY(item);
    QCOMPARE(item->source, EnrichmentSource::LinkPreview);
    QCOMPARE(item->author, u"Ada"_s);
    QCOMPARE(itemWithKey(*result, shortLink, u"tco:AbC"_s)->status, EnrichmentStatus::Unresolved);
}

void TestTweetEnrichment::twitterOffLeavesLinksAlone()
{
    TestExportBuilder b;
    const quint32 m = b.text(u"https://x.com/ada/status/1"_s);
    b.preview(m, u"https://x.com/ada/status/1"_s, u"Ada (@ada)"_s, u"text"_s);
    const ChatExportPtr ex = b.build();
    EnrichmentParams params;
    params.input = TestExportBuilder::rawLayer(ex);
    params.twitter = TwitterMode::Off;
    params.webPreviews = false;
    const auto result = runEnrichment(params);
    QVERIFY(result);
    QVERIFY(result->messages.empty());
    QCOMPARE(result->summary.enhancedMessages, 0);
    QCOMPARE(result->layer->body(m), ex->messages.body(m));
}

void TestTweetEnrichment::fetchFillsTweetsAndCountsFailures()
{
    m_server->script(
        "/fx/status/111",
        {TestResponse::json(200, fxJson(u"111"_s, u"ada"_s, u"Line one\\nline two"_s))});
    m_server->script("/fx/status/222",
                     {TestResponse::json(404, R"({"code":404,"message":"NOT_FOUND"})")});
    m_server->script("/fx/status/333", {TestResponse::json(200, R"({"code":200,"tweet":{"id)")});
    m_server->script("/fx/status/444", {TestResponse::json(500, R"({"code":500})")});
    m_server->script("/fx/status/555",
                     {TestResponse::json(200, fxJson(u"999"_s, u"eve"_s, u"other post"_s))});
    m_server->script("/fx/status/666", {TestResponse::json(200, "<html>Cloudflare</html>")});

    TestExportBuilder b;
    const quint32 ok = b.text(u"look https://x.com/ada/status/111 wow"_s);
    const quint32 okAgain = b.text(u"again https://fixupx.com/ada/status/111/photo/1"_s, false);
    std::vector<quint32> failing;
    for (const char *id : {"222", "333", "444", "555", "666"})
        failing.push_back(b.text(u"https://x.com/u/status/%1 ?"_s.arg(QLatin1String(id))));
    const ChatExportPtr ex = b.build();

    const auto result = runEnrichment(fetchParams(TestExportBuilder::rawLayer(ex)));
    QVERIFY(result);
    const EnrichmentSummary &s = result->summary;
    QCOMPARE(s.tweetsFetched, 2);
    QCOMPARE(s.tweetsFailed, 5);
    QCOMPARE(s.enhancedMessages, 2);
    QCOMPARE(m_server->count("/fx/status/111"), 1); // one request for both messages
    QCOMPARE(m_server->count("/fx/status/444"), 3); // retried, then given up
    QCOMPARE(m_server->count("/fx/status/222"), 1); // 404 is final
    QCOMPARE(s.networkRequests, m_server->requests().size());
    QCOMPARE(m_probe.requests->load(), m_server->requests().size());
    QCOMPARE(s.retries, 2);

    QCOMPARE(result->layer->body(ok),
             u"look https://x.com/ada/status/111\n> @ada: Line one\n> line two\nwow"_s);
    QCOMPARE(result->layer->body(okAgain),
             u"again https://fixupx.com/ada/status/111/photo/1\n> @ada: Line one\n> line two"_s);
    for (quint32 m : failing) // nothing bogus reaches the text
        QCOMPARE(result->layer->body(m), ex->messages.body(m));

    QCOMPARE(itemWithKey(*result, ok, u"tweet:111"_s)->source, EnrichmentSource::Network);
    QCOMPARE(itemWithKey(*result, ok, u"tweet:111"_s)->author, u"Name of ada"_s);
    const QStringList reasons{u"not_found"_s, u"invalid_response"_s, u"http_500"_s,
                              u"invalid_response"_s, u"invalid_response"_s};
    for (size_t i = 0; i < failing.size(); ++i) {
        const MessageEnrichment *m = result->find(failing[i]);
        QVERIFY(m);
        QCOMPARE(m->items.at(0).status, EnrichmentStatus::Failed);
        QCOMPARE(m->items.at(0).reason, reasons[qsizetype(i)]);
        QVERIFY(m->items.at(0).text.isEmpty());
    }
}

void TestTweetEnrichment::onlyThePostIdLeavesTheMachine()
{
    m_server->script("/fx/status/", {TestResponse::json(200, fxJson(u"42"_s, u"a"_s, u"t"_s))});
    TestExportBuilder b;
    b.text(u"secret plans https://x.com/a/status/42?s=20&t=tracking"_s);
    const ChatExportPtr ex = b.build();
    QVERIFY(runEnrichment(fetchParams(TestExportBuilder::rawLayer(ex))));
    QCOMPARE(m_server->requests().size(), 1);
    const TestRequest &r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QByteArray("/fx/status/42"));
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.headers.contains("cookie"));
    QVERIFY(!r.headers.contains("referer"));
    QVERIFY(!r.headers.contains("authorization"));
    QVERIFY(r.headers.value("user-agent").startsWith("Idiolect/"));
}

void TestTweetEnrichment::previewWinsOverFetch()
{
    TestExportBuilder b;
    const quint32 m = b.text(u"https://x.com/ada/status/1"_s);
    b.preview(m, u"https://x.com/ada/status/1"_s, u"Ada (@ada) on X"_s, u"from preview"_s);
    const ChatExportPtr ex = b.build();
    const auto result = runEnrichment(fetchParams(TestExportBuilder::rawLayer(ex)));
    QVERIFY(result);
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_probe.managersCreated->load(), 0);
    QCOMPARE(result->summary.tweetsFromPreviews, 1);
    QCOMPARE(result->layer->body(m), u"https://x.com/ada/status/1\n> @ada: from preview"_s);
}

void TestTweetEnrichment::shortLinksResolveThroughTco()
{
    m_server->script("/tco/AbC",
                     {TestResponse::redirect(301, "https://x.com/ada/status/777?s=20")});
    m_server->script("/fx/status/777",
                     {TestResponse::json(200, fxJson(u"777"_s, u"ada"_s, u"behind t.co"_s))});
    TestExportBuilder b;
    const quint32 m = b.text(u"see https://t.co/AbC."_s);
    const ChatExportPtr ex = b.build();
    const auto result = runEnrichment(fetchParams(TestExportBuilder::rawLayer(ex)));
    QVERIFY(result);
    QCOMPARE(m_server->requests().at(0).method, QByteArray("HEAD"));
    QCOMPARE(m_server->count("/fx/status/777"), 1);
    QCOMPARE(result->layer->body(m), u"see https://t.co/AbC.\n> @ada: behind t.co"_s);
    QCOMPARE(result->summary.tweetsFetched, 1);
    QCOMPARE(result->summary.shortLinksUnresolved, 0);
}

void TestTweetEnrichment::shortLinkToOtherPage()
{
    m_server->script("/tco/Zz", {TestResponse::redirect(302, "https://example.com/news")});
    m_server->script("/tco/dead", {TestResponse::json(404, "{}")});
    TestExportBuilder b;
    const quint32 m = b.text(u"https://t.co/Zz and https://t.co/dead"_s);
    const ChatExportPtr ex = b.build();
    const auto result = runEnrichment(fetchParams(TestExportBuilder::rawLayer(ex)));
    QVERIFY(result);
    QCOMPARE(m_server->count("/fx"), 0); // never asked the tweet API about a news page
    QCOMPARE(result->layer->body(m), ex->messages.body(m));
    const EnrichmentItem *page = itemWithKey(*result, m, u"tco:Zz"_s);
    QCOMPARE(page->kind, EnrichmentKind::Link);
    QCOMPARE(page->reason, u"not_a_tweet"_s);
    QCOMPARE(itemWithKey(*result, m, u"tco:dead"_s)->reason, u"not_found"_s);
}

void TestTweetEnrichment::cacheMakesRerunsFree()
{
    m_server->script("/fx/status/5", {TestResponse::json(200, fxJson(u"5"_s, u"ada"_s, u"hi"_s))});
    TestExportBuilder b;
    const quint32 m = b.text(u"https://x.com/ada/status/5"_s);
    const ChatExportPtr ex = b.build();
    const EnrichmentParams params = fetchParams(TestExportBuilder::rawLayer(ex));

    const auto first = runEnrichment(params);
    QVERIFY(first);
    QCOMPARE(first->summary.networkRequests, 1);
    QCOMPARE(first->summary.cacheHits, 0);

    const auto second = runEnrichment(params);
    QVERIFY(second);
    QCOMPARE(second->summary.networkRequests, 0);
    QCOMPARE(second->summary.cacheHits, 1);
    QCOMPARE(second->summary.tweetsFetched, 1);
    QCOMPARE(second->layer->body(m), first->layer->body(m));
    QCOMPARE(m_server->requests().size(), 1);

    // Offline: previews mode reads the cache too and never creates a network manager.
    EnrichmentParams offline = params;
    offline.twitter = TwitterMode::Previews;
    const int managers = m_probe.managersCreated->load();
    const auto third = runEnrichment(offline);
    QVERIFY(third);
    QCOMPARE(third->layer->body(m), first->layer->body(m));
    QCOMPARE(m_probe.managersCreated->load(), managers);

    QVERIFY(EnrichmentCache::clear(params.cachePath));
    const auto cleared = runEnrichment(offline);
    QVERIFY(cleared);
    QCOMPARE(cleared->layer->body(m), ex->messages.body(m));
    QCOMPARE(cleared->summary.tweetsUnavailable, 1);
}

void TestTweetEnrichment::notFoundIsRemembered()
{
    m_server->script("/fx/status/9", {TestResponse::json(404, R"({"code":404})")});
    TestExportBuilder b;
    const quint32 m = b.text(u"https://x.com/gone/status/9"_s);
    const ChatExportPtr ex = b.build();
    EnrichmentParams params = fetchParams(TestExportBuilder::rawLayer(ex));
    QVERIFY(runEnrichment(params));
    const auto again = runEnrichment(params);
    QVERIFY(again);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(again->find(m)->items.at(0).reason, u"not_found"_s);
    QCOMPARE(again->summary.tweetsFailed, 1);

    params.notFoundRetryDays = 0; // the user asks to try deleted posts again
    QVERIFY(runEnrichment(params));
    QCOMPARE(m_server->requests().size(), 2);
}

void TestTweetEnrichment::cancelDuringFetch()
{
    m_server->script("/fx/status/", {TestResponse::withMode(TestResponse::Mode::Hang)});
    TestExportBuilder b;
    b.text(u"https://x.com/a/status/1 https://x.com/a/status/2"_s);
    const ChatExportPtr ex = b.build();
    JobContext job;
    connect(m_server.get(), &TestHttpServer::requestArrived, this, [&job] { job.cancel(); });
    const auto result = runEnrichment(fetchParams(TestExportBuilder::rawLayer(ex)), job);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Canceled);
}

void TestTweetEnrichment::unreachableProvider()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl dead(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    closed.close();
    TestExportBuilder b;
    for (int i = 1; i <= 6; ++i)
        b.text(u"https://x.com/a/status/%1"_s.arg(i));
    const ChatExportPtr ex = b.build();
    EnrichmentParams params = fetchParams(TestExportBuilder::rawLayer(ex));
    params.tweetProvider = std::make_shared<FxTwitterProvider>(dead);
    params.tweetHttp.concurrency = 1;
    const auto result = runEnrichment(params);
    QVERIFY(result);
    QCOMPARE(result->summary.tweetsFailed, 6);
    QCOMPARE(result->summary.networkRequests, params.tweetHttp.maxConsecutiveUnreachable);
    QCOMPARE(result->summary.enhancedMessages, 0);
    QCOMPARE(result->messages.at(5).items.at(0).reason, u"unreachable"_s);
}

void TestTweetEnrichment::scopeAndThreads()
{
    TestExportBuilder b;
    const quint32 mine = b.text(u"https://x.com/a/status/1"_s, true, 0);
    const quint32 theirs = b.text(u"https://x.com/a/status/1"_s, false, 0);
    const quint32 otherThread = b.text(u"https://x.com/a/status/1"_s, true, 1);
    for (quint32 m : {mine, theirs, otherThread})
        b.preview(m, u"https://x.com/a/status/1"_s, u"A (@a)"_s, u"post"_s);
    const ChatExportPtr ex = b.build();
    EnrichmentParams params;
    params.input = TestExportBuilder::rawLayer(ex);
    params.scope = EnrichmentScope::OwnMessages;
    params.threads = {0};
    const auto result = runEnrichment(params);
    QVERIFY(result);
    QCOMPARE(result->summary.enhancedMessages, 1);
    QVERIFY(result->layer->hasBodyOverride(mine));
    QVERIFY(!result->layer->hasBodyOverride(theirs));
    QVERIFY(!result->layer->hasBodyOverride(otherThread));
}

void TestTweetEnrichment::editsApplyToTheLayer()
{
    TestExportBuilder b;
    const quint32 m = b.text(u"https://x.com/a/status/1"_s);
    b.preview(m, u"https://x.com/a/status/1"_s, u"A (@a)"_s, u"post"_s);
    const quint32 n = b.text(u"https://x.com/b/status/2"_s);
    const ChatExportPtr ex = b.build();
    EnrichmentParams params;
    params.input = TestExportBuilder::rawLayer(ex);
    params.edits.clear(m, u"tweet:1"_s);
    params.edits.setText(n, u"tweet:2"_s, u"typed in"_s);
    const auto result = runEnrichment(params);
    QVERIFY(result);
    QCOMPARE(result->layer->body(m), u"https://x.com/a/status/1"_s);
    QCOMPARE(result->layer->body(n), u"https://x.com/b/status/2\n> @b: typed in"_s);
    QCOMPARE(result->summary.enhancedMessages, 1);
}

void TestTweetEnrichment::duplicateLinkEnrichedOnce()
{
    TestExportBuilder b;
    const QString url = u"https://x.com/a/status/1"_s;
    const quint32 m
        = b.text(url + u" and again "_s + url + u" and https://twitter.com/a/status/1"_s);
    b.preview(m, url, u"A (@a)"_s, u"post"_s);
    const ChatExportPtr ex = b.build();
    EnrichmentParams params;
    params.input = TestExportBuilder::rawLayer(ex);
    const auto result = runEnrichment(params);
    QVERIFY(result);
    QCOMPARE(result->find(m)->items.size(), size_t(1));
    QCOMPARE(result->layer->body(m),
             u"https://x.com/a/status/1\n> @a: post\nand again https://x.com/a/status/1 and "
             "https://twitter.com/a/status/1"_s);
}

void TestTweetEnrichment::quotesAndAltText()
{
    const QByteArray json = R"({"code":200,"message":"OK","tweet":{"id":"31","text":"so true",
        "author":{"name":"Ada","screen_name":"ada"},
        "media":{"photos":[{"type":"photo","url":"https://pbs.twimg.com/x.jpg",
                            "altText":"A cat  asleep\non a keyboard"},{"type":"photo"}]},
        "quote":{"id":"30","text":"Cats are\nliquid.","author":{"screen_name":"bob"}}}})";
    m_server->script("/fx/status/31", {TestResponse::json(200, json)});
    m_server->script("/fx/status/32", {TestResponse::json(200, R"({"code":200,"tweet":{"id":"32",
        "text":"","author":{"screen_name":"eve"}}})")});
    TestExportBuilder b;
    const quint32 m = b.text(u"https://x.com/ada/status/31"_s);
    const quint32 empty = b.text(u"https://x.com/eve/status/32"_s);
    const ChatExportPtr ex = b.build();
    const auto result = runEnrichment(fetchParams(TestExportBuilder::rawLayer(ex)));
    QVERIFY(result);
    QCOMPARE(result->layer->body(m),
             u"https://x.com/ada/status/31\n> @ada: so true\n> [Image: A "
             "cat asleep on a keyboard]\n> > @bob: Cats are liquid."_s);
    QCOMPARE(result->layer->body(empty), ex->messages.body(empty));
    QCOMPARE(result->find(empty)->items.at(0).reason, u"no_text"_s);
}

void TestTweetEnrichment::progressReachesTheEnd()
{
    TestExportBuilder b;
    for (int i = 0; i < 100; ++i)
        b.text(u"message %1"_s.arg(i));
    const ChatExportPtr ex = b.build();
    EnrichmentParams params;
    params.input = TestExportBuilder::rawLayer(ex);
    JobContext job;
    QVERIFY(runEnrichment(params, job));
    QCOMPARE(job.lastDone(), job.lastTotal());
}

QTEST_GUILESS_MAIN(TestTweetEnrichment)
#include "tst_tweetenrichment.moc"
