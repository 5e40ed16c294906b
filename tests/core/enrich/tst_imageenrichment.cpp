// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichTestSupport.h"
#include "TestExportBuilder.h"
#include "TestHttpServer.h"
#include "enrich/EnrichmentJob.h"
#include "enrich/OpenAiVisionProvider.h"
#include "model/MessageFlag.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace idiolect;
using namespace idiolect::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray chatJson(const QJsonValue &content)
{
    const QJsonObject message{{u"role"_s, u"assistant"_s}, {u"content"_s, content}};
    const QJsonObject choice{
        {u"index"_s, 0}, {u"message"_s, message}, {u"finish_reason"_s, u"stop"_s}};
    return QJsonDocument(
               QJsonObject{{u"object"_s, u"chat.completion"_s}, {u"choices"_s, QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestImageEnrichment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void describesImages();
    void sameImageDescribedOnce();
    void cachedDescriptionsAreFree();
    void otherModelMissesTheCache();
    void skipsWhatShouldNotBeSent();
    void caps();
    void failuresAddNothing_data();
    void failuresAddNothing();
    void unreachableEndpoint();
    void visionSettings();

private:
    EnrichmentParams describeParams(const TextLayerPtr &input) const;
    QString image(const QString &name, const QByteArray &bytes) const
    {
        return writeFile(m_dir->filePath(name), bytes);
    }

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    NetworkProbe m_probe;
};

void TestImageEnrichment::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_probe = NetworkProbe{};
}

EnrichmentParams TestImageEnrichment::describeParams(const TextLayerPtr &input) const
{
    EnrichmentParams params;
    params.input = input;
    params.twitter = TwitterMode::Off;
    params.images = ImageMode::Describe;
    params.vision.endpoint = m_server->url(u"/v1"_s);
    params.vision.model = u"test-vision"_s;
    params.vision.http = fastPolicy();
    params.vision.http.concurrency = VisionSettings::defaultHttpPolicy().concurrency;
    params.cachePath = m_dir->filePath(u"cache.sqlite"_s);
    params.networkFactory = m_probe.factory();
    return params;
}

void TestImageEnrichment::describesImages()
{
    m_server->script("/v1/chat/completions",
                     {TestResponse::json(200,
                                         chatJson(u"<think>a bike?</think>\n\"A small red "
                                                  "bicycle leaning on a wall.\""_s))});
    TestExportBuilder b;
    const QByteArray jpeg = fakeJpeg('j');
    const quint32 photo = b.mediaOnly();
    b.image(photo, image(u"a.jpg"_s, jpeg));
    const quint32 captioned = b.text(u"look at this"_s, false);
    b.image(captioned, image(u"b.bin"_s, fakePng('p')), u"image/png"_s);
    const ChatExportPtr ex = b.build();

    EnrichmentParams params = describeParams(TestExportBuilder::rawLayer(ex));
    params.vision.apiKey = u"sk-test-123"_s;
    const auto result = runEnrichment(params);
    QVERIFY(result);
    QCOMPARE(result->summary.imagesDescribed, 2);
    QCOMPARE(result->summary.enhancedMessages, 2);
    QCOMPARE(result->layer->body(photo), u"[Image: A small red bicycle leaning on a wall.]"_s);
    QCOMPARE(result->layer->body(captioned),
             u"[Image: A small red bicycle leaning on a wall.]\nlook at this"_s);

    QCOMPARE(m_server->requests().size(), 2);
    const TestRequest &r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer sk-test-123"));
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(u"model"_s).toString(), u"test-vision"_s);
    QCOMPARE(body.value(u"max_tokens"_s).toInt(), params.vision.maxTokens);
    const QJsonArray content = body.value(u"messages"_s)[0][u"content"_s].toArray();
    QCOMPARE(content.size(), 2);
    QCOMPARE(content[0][u"text"_s].toString(), params.vision.effectivePrompt());
    QCOMPARE(content[1][u"image_url"_s][u"url"_s].toString(),
             u"data:image/jpeg;base64,"_s + QString::fromLatin1(jpeg.toBase64()));
    // The caption and other message text never leave the machine.
    for (const TestRequest &request : m_server->requests())
        QVERIFY(!request.body.contains("look at this"));

    const EnrichmentItem &item = result->find(photo)->items.at(0);
    QCOMPARE(item.source, EnrichmentSource::Network);
    QCOMPARE(item.contentHash.size(), 64);
    QCOMPARE(item.key, u"image:0"_s);
}

void TestImageEnrichment::sameImageDescribedOnce()
{
    m_server->script("/v1/chat/completions", {TestResponse::json(200, chatJson(u"A cat."_s))});
    TestExportBuilder b;
    const QByteArray bytes = fakeJpeg('c');
    const quint32 first = b.mediaOnly();
    b.image(first, image(u"one.jpg"_s, bytes));
    const quint32 second = b.mediaOnly(false);
    b.image(second, image(u"forwarded-copy.jpg"_s, bytes));
    const ChatExportPtr ex = b.build();
    const auto result = runEnrichment(describeParams(TestExportBuilder::rawLayer(ex)));
    QVERIFY(result);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(result->summary.imagesDescribed, 2);
    QCOMPARE(result->layer->body(second), u"[Image: A cat.]"_s);
}

void TestImageEnrichment::cachedDescriptionsAreFree()
{
    m_server->script("/v1/chat/completions", {TestResponse::json(200, chatJson(u"A dog."_s))});
    TestExportBuilder b;
    const quint32 m = b.mediaOnly();
    b.image(m, image(u"dog.jpg"_s, fakeJpeg('d')));
    const ChatExportPtr ex = b.build();
    const EnrichmentParams params = describeParams(TestExportBuilder::rawLayer(ex));
    QVERIFY(runEnrichment(params));
    const int managers = m_probe.managersCreated->load();
    const auto again = runEnrichment(params);
    QVERIFY(again);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_probe.managersCreated->load(), managers); // nothing to send: no network at all
    QCOMPARE(again->summary.cacheHits, 1);
    QCOMPARE(again->summary.imagesDescribed, 1);
    QCOMPARE(again->layer->body(m), u"[Image: A dog.]"_s);
}

void TestImageEnrichment::otherModelMissesTheCache()
{
    m_server->script("/v1/chat/completions", {TestResponse::json(200, chatJson(u"A dog."_s))});
    TestExportBuilder b;
    b.image(b.mediaOnly(), image(u"dog.jpg"_s, fakeJpeg('d')));
    const ChatExportPtr ex = b.build();
    EnrichmentParams params = describeParams(TestExportBuilder::rawLayer(ex));
    QVERIFY(runEnrichment(params));
    params.vision.model = u"another-model"_s;
    QVERIFY(runEnrichment(params));
    params.vision.prompt = u"Describe briefly."_s;
    QVERIFY(runEnrichment(params));
    QCOMPARE(m_server->requests().size(), 3);
}

void TestImageEnrichment::skipsWhatShouldNotBeSent()
{
    TestExportBuilder b;
    const quint32 sticker = b.mediaOnly();
    b.image(sticker, image(u"s.webp"_s, fakePng()), u"image/webp"_s, true);
    const quint32 viewOnce = b.mediaOnly();
    b.image(viewOnce, image(u"v.jpg"_s, fakeJpeg()));
    b.flag(viewOnce, ViewOnce);
    const quint32 missing = b.mediaOnly();
    b.image(missing, m_dir->filePath(u"not-there.jpg"_s));
    const quint32 notAnImage = b.mediaOnly();
    b.image(notAnImage, image(u"fake.jpg"_s, "<html>not really a jpeg</html>"));
    const quint32 tooBig = b.mediaOnly();
    b.image(tooBig, image(u"big.jpg"_s, fakeJpeg() + QByteArray(4096, 'x')));
    const quint32 video = b.mediaOnly();
    b.image(video, image(u"v.mp4"_s, "....ftypmp42"), u"video/mp4"_s);
    const ChatExportPtr ex = b.build();

    EnrichmentParams params = describeParams(TestExportBuilder::rawLayer(ex));
    params.maxImageBytes = 1024;
    const auto result = runEnrichment(params);
    QVERIFY(result);
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_probe.managersCreated->load(), 0);
    QCOMPARE(result->summary.imagesSkipped, 4);
    QCOMPARE(result->summary.enhancedMessages, 0);
    QVERIFY(!result->find(sticker));
    QVERIFY(!result->find(video));
    QCOMPARE(result->find(viewOnce)->items.at(0).reason, u"view_once"_s);
    QCOMPARE(result->find(missing)->items.at(0).reason, u"no_file"_s);
    QCOMPARE(result->find(notAnImage)->items.at(0).reason, u"unsupported_type"_s);
    QCOMPARE(result->find(tooBig)->items.at(0).reason, u"too_large"_s);
}

void TestImageEnrichment::caps()
{
    m_server->script("/v1/chat/completions", {TestResponse::json(200, chatJson(u"Thing."_s))});
    TestExportBuilder b;
    const quint32 album = b.text(u"holiday"_s);
    for (char c : {'a', 'b', 'c'})
        b.image(album, image(u"album-%1.jpg"_s.arg(QLatin1Char(c)), fakeJpeg(c)));
    std::vector<quint32> singles;
    for (char c : {'d', 'e', 'f'}) {
        singles.push_back(b.mediaOnly());
        b.image(singles.back(), image(u"single-%1.jpg"_s.arg(QLatin1Char(c)), fakeJpeg(c)));
    }
    const ChatExportPtr ex = b.build();
    EnrichmentParams params = describeParams(TestExportBuilder::rawLayer(ex));
    params.maxImagesPerMessage = 2;
    params.maxImagesPerRun = 3;
    const auto result = runEnrichment(params);
    QVERIFY(result);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(result->summary.imagesDescribed, 3);
    QCOMPARE(result->summary.imagesSkipped, 3);
    const auto &albumItems = result->find(album)->items;
    QCOMPARE(albumItems.at(2).reason, u"per_message_cap"_s);
    QCOMPARE(result->layer->body(album), u"[Image: Thing.]\n[Image: Thing.]\nholiday"_s);
    QCOMPARE(result->find(singles[0])->items.at(0).status, EnrichmentStatus::Added);
    QCOMPARE(result->find(singles[1])->items.at(0).reason, u"per_run_cap"_s);
    QCOMPARE(result->find(singles[2])->items.at(0).reason, u"per_run_cap"_s);
}

void TestImageEnrichment::failuresAddNothing_data()
{
    QTest::addColumn<QList<TestResponse>>("responses");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("attempts");

    const QByteArray error = R"({"error":{"message":"model not found","type":"invalid_request"}})";
    QTest::newRow("error object with 200")
        << QList<TestResponse>{TestResponse::json(200, error)} << u"invalid_response"_s << 1;
    QTest::newRow("error status") << QList<TestResponse>{TestResponse::json(400, error)}
                                  << u"http_400"_s << 1;
    QTest::newRow("server error") << QList<TestResponse>{TestResponse::json(500, "{}")}
                                  << u"http_500"_s << 3;
    QTest::newRow("empty content")
        << QList<TestResponse>{TestResponse::json(200, chatJson(u"  "_s))} << u"invalid_response"_s
        << 1;
    QTest::newRow("only thinking")
        << QList<TestResponse>{TestResponse::json(200, chatJson(u"<think>hmm</think>"_s))}
        << u"invalid_response"_s << 1;
    QTest::newRow("null content") << QList<TestResponse>{TestResponse::json(
        200, chatJson(QJsonValue::Null))}
                                  << u"invalid_response"_s << 1;
    QTest::newRow("malformed json")
        << QList<TestResponse>{TestResponse::json(200, R"({"choices":[{"message":)")}
        << u"invalid_response"_s << 1;
    QTest::newRow("html page") << QList<TestResponse>{TestResponse::json(200, "<html>502</html>")}
                               << u"invalid_response"_s << 1;
    const QByteArray refusal
        = R"({"choices":[{"message":{"role":"assistant","content":null,"refusal":"I can't."}}]})";
    QTest::newRow("refusal") << QList<TestResponse>{TestResponse::json(200, refusal)}
                             << u"refused"_s << 1;
    QTest::newRow("disconnects") << QList<TestResponse>{TestResponse::withMode(
        TestResponse::Mode::CloseWithoutReply)}
                                 << u"network"_s << 3;
    QTest::newRow("dropped mid-body")
        << QList<TestResponse>{TestResponse::withMode(TestResponse::Mode::DropMidBody)}
        << u"network"_s << 3;
    TestResponse slow = TestResponse::json(200, chatJson(u"Too late."_s));
    slow.delayMs = 2000;
    QTest::newRow("too slow") << QList<TestResponse>{slow} << u"timeout"_s << 3;
    QTest::newRow("rate limited for an hour")
        << QList<TestResponse>{TestResponse::json(429, "{}").withHeader("Retry-After", "3600")}
        << u"rate_limited"_s << 1;
}

void TestImageEnrichment::failuresAddNothing()
{
    QFETCH(QList<TestResponse>, responses);
    QFETCH(QString, reason);
    QFETCH(int, attempts);

    m_server->script("/v1/chat/completions", responses);
    TestExportBuilder b;
    const quint32 photo = b.mediaOnly();
    b.image(photo, image(u"a.jpg"_s, fakeJpeg()));
    const quint32 captioned = b.text(u"caption"_s);
    b.image(captioned, image(u"b.jpg"_s, fakeJpeg()));
    const ChatExportPtr ex = b.build();
    EnrichmentParams params = describeParams(TestExportBuilder::rawLayer(ex));
    params.vision.http.timeoutMs = 200;
    params.vision.http.maxRetryAfterMs = 5000;

    const auto result = runEnrichment(params);
    QVERIFY(result);
    // Both messages share one image. Qt may resend once on a closed connection by itself,
    // so the server can see more requests than the attempts the job counted.
    QCOMPARE(result->summary.networkRequests, attempts);
    QVERIFY(m_server->requests().size() >= attempts);
    QCOMPARE(result->summary.imagesFailed, 2);
    QCOMPARE(result->summary.imagesDescribed, 0);
    QCOMPARE(result->summary.enhancedMessages, 0);
    QCOMPARE(result->layer->body(photo), u""_s);
    QCOMPARE(result->layer->body(captioned), u"caption"_s);
    const EnrichmentItem &item = result->find(photo)->items.at(0);
    QCOMPARE(item.status, EnrichmentStatus::Failed);
    QCOMPARE(item.reason, reason);
    QVERIFY(item.text.isEmpty());

    // Failures are not cached: the next run asks again.
    m_server->script("/v1/chat/completions", {TestResponse::json(200, chatJson(u"Fine."_s))});
    const int before = m_server->requests().size();
    const auto retry = runEnrichment(params);
    QVERIFY(retry);
    QCOMPARE(m_server->requests().size(), before + 1);
}

void TestImageEnrichment::unreachableEndpoint()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl dead(u"http://127.0.0.1:%1/v1"_s.arg(closed.serverPort()));
    closed.close();
    TestExportBuilder b;
    for (char c : {'a', 'b', 'c', 'd', 'e'})
        b.image(b.mediaOnly(), image(u"%1.jpg"_s.arg(QLatin1Char(c)), fakeJpeg(c)));
    const ChatExportPtr ex = b.build();
    EnrichmentParams params = describeParams(TestExportBuilder::rawLayer(ex));
    params.vision.endpoint = dead;
    const auto result = runEnrichment(params);
    QVERIFY(result);
    QCOMPARE(result->summary.imagesFailed, 5);
    QCOMPARE(result->summary.networkRequests, params.vision.http.maxConsecutiveUnreachable);
    QCOMPARE(result->messages.back().items.at(0).reason, u"unreachable"_s);
}

void TestImageEnrichment::visionSettings()
{
    VisionSettings s;
    QVERIFY(s.isLocal());
    QCOMPARE(s.endpoint, VisionSettings::ollamaEndpoint());
    s.maxChars = 120;
    QVERIFY(s.effectivePrompt().contains(u"120"_s));
    s.endpoint = QUrl(u"http://127.0.0.1:8080/v1"_s);
    QVERIFY(s.isLocal());
    s.endpoint = QUrl(u"http://[::1]:8080/v1"_s);
    QVERIFY(s.isLocal());
    s.endpoint = QUrl(u"https://api.openai.com/v1"_s);
    QVERIFY(!s.isLocal());
    s.endpoint = QUrl(u"http://localhost.evil.example/v1"_s);
    QVERIFY(!s.isLocal());

    // Profiles differ by model and prompt, not by key.
    VisionSettings a;
    VisionSettings b = a;
    b.apiKey = u"secret"_s;
    QCOMPARE(OpenAiVisionProvider(a).profile(), OpenAiVisionProvider(b).profile());
    QVERIFY(!OpenAiVisionProvider(a).profile().contains(u"secret"_s));
    b.model = u"other"_s;
    QVERIFY(OpenAiVisionProvider(a).profile() != OpenAiVisionProvider(b).profile());
    // No key, no Authorization header.
    QVERIFY(!OpenAiVisionProvider(a).request().hasRawHeader("Authorization"));
}

QTEST_GUILESS_MAIN(TestImageEnrichment)
#include "tst_imageenrichment.moc"
