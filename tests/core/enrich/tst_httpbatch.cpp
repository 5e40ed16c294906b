// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichTestSupport.h"
#include "TestHttpServer.h"
#include "common/JobContext.h"
#include "enrich/HttpBatch.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace idiolect;
using namespace idiolect::test;
using namespace Qt::StringLiterals;
using Mode = TestResponse::Mode;
using Failure = HttpOutcome::Failure;

namespace {

struct BatchRun
{
    std::vector<HttpOutcome> outcomes;
    qint64 requests = 0;
    QList<int> delays;
    bool completed = false;
};

// Runs the batch on a worker thread (as the enrichment job does) while this thread serves HTTP.
BatchRun runBatch(std::vector<HttpTask> tasks, const HttpPolicy &policy, JobContext &job)
{
    QFuture<BatchRun> future
        = QtConcurrent::run([&job, policy, tasks = std::move(tasks)]() mutable {
              QNetworkAccessManager network;
              HttpBatch batch(network, policy, job);
              BatchRun run;
              run.outcomes.resize(tasks.size());
              run.completed
                  = batch.run(std::move(tasks), [&run](qsizetype i, const HttpOutcome &o) {
                        run.outcomes[size_t(i)] = o;
                    });
              run.requests = batch.requestsSent();
              run.delays = batch.retryDelays();
              return run;
          });
    QDeadlineTimer deadline(60000);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    return future.isFinished() ? future.result() : BatchRun{};
}

std::vector<HttpTask> gets(const TestHttpServer &server, const QString &path, int n = 1)
{
    std::vector<HttpTask> tasks;
    for (int i = 0; i < n; ++i)
        tasks.push_back(HttpTask{QNetworkRequest(server.url(path)), "GET", {}});
    return tasks;
}

} // namespace

class TestHttpBatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void success();
    void retriesThenSucceeds();
    void givesUpAfterRetries();
    void clientErrorsAreFinal();
    void honoursRetryAfter();
    void retryAfterTooLong();
    void timeoutIsRetried();
    void dropMidBodyIsRetried();
    void closeWithoutReply();
    void unreachableStopsTheBatch();
    void concurrencyLimit();
    void cancelAbortsRequests();
    void bodyIsRebuiltPerAttempt();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void backoff_data();
    void backoff();

private:
    std::unique_ptr<TestHttpServer> m_server;
};

void TestHttpBatch::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->start());
}

void TestHttpBatch::success()
{
    m_server->script("/ok", {TestResponse::json(200, "hello")});
    JobContext job;
    const BatchRun run = runBatch(gets(*m_server, u"/ok"_s), fastPolicy(), job);
    QVERIFY(run.completed);
    QCOMPARE(run.outcomes.size(), size_t(1));
    QVERIFY(run.outcomes[0].ok());
    QCOMPARE(run.outcomes[0].status, 200);
    QCOMPARE(run.outcomes[0].body, QByteArray("hello"));
    QCOMPARE(run.outcomes[0].attempts, 1);
    QCOMPARE(run.requests, 1);
    QCOMPARE(m_server->requests().at(0).headers.value("cookie"), QByteArray());
}

void TestHttpBatch::retriesThenSucceeds()
{
    m_server->script("/flaky",
                     {TestResponse::json(500, "{}"), TestResponse::json(503, "{}"),
                      TestResponse::json(200, "fine")});
    JobContext job;
    const BatchRun run = runBatch(gets(*m_server, u"/flaky"_s), fastPolicy(), job);
    QVERIFY(run.outcomes[0].ok());
    QCOMPARE(run.outcomes[0].body, QByteArray("fine"));
    QCOMPARE(run.outcomes[0].attempts, 3);
    QCOMPARE(run.delays, (QList<int>{10, 20}));
    QCOMPARE(m_server->count("/flaky"), 3);
}

void TestHttpBatch::givesUpAfterRetries()
{
    m_server->script("/down", {TestResponse::json(500, "{}")});
    JobContext job;
    const BatchRun run = runBatch(gets(*m_server, u"/down"_s), fastPolicy(), job);
    QVERIFY(run.completed);
    QCOMPARE(run.outcomes[0].failure, Failure::Http);
    QCOMPARE(run.outcomes[0].status, 500);
    QCOMPARE(run.outcomes[0].reasonCode(), u"http_500"_s);
    QCOMPARE(run.outcomes[0].attempts, 3);
    QCOMPARE(m_server->count("/down"), 3);
}

void TestHttpBatch::clientErrorsAreFinal()
{
    m_server->script("/gone", {TestResponse::json(404, "{}")});
    JobContext job;
    const BatchRun run = runBatch(gets(*m_server, u"/gone"_s), fastPolicy(), job);
    QCOMPARE(run.outcomes[0].failure, Failure::Http);
    QCOMPARE(run.outcomes[0].status, 404);
    QCOMPARE(run.outcomes[0].attempts, 1);
    QVERIFY(run.delays.isEmpty());
}

void TestHttpBatch::honoursRetryAfter()
{
    m_server->script("/limited",
                     {TestResponse::json(429, "{}").withHeader("Retry-After", "1"),
                      TestResponse::json(200, "ok")});
    JobContext job;
    const BatchRun run = runBatch(gets(*m_server, u"/limited"_s), fastPolicy(), job);
    QVERIFY(run.outcomes[0].ok());
    QCOMPARE(run.outcomes[0].attempts, 2);
    QCOMPARE(run.delays, QList<int>{1000}); // the server's value, not the 10 ms backoff
}

void TestHttpBatch::retryAfterTooLong()
{
    m_server->script("/limited", {TestResponse::json(429, "{}").withHeader("Retry-After", "3600")});
    HttpPolicy policy = fastPolicy();
    policy.maxRetryAfterMs = 5000;
    JobContext job;
    const BatchRun run = runBatch(gets(*m_server, u"/limited"_s), policy, job);
    QCOMPARE(run.outcomes[0].failure, Failure::RateLimited);
    QCOMPARE(run.outcomes[0].reasonCode(), u"rate_limited"_s);
    QCOMPARE(run.outcomes[0].attempts, 1);
    QCOMPARE(m_server->count("/limited"), 1);
}

void TestHttpBatch::timeoutIsRetried()
{
    TestResponse slow = TestResponse::json(200, "late");
    slow.delayMs = 3000;
    m_server->script("/slow", {slow});
    HttpPolicy policy = fastPolicy();
    policy.timeoutMs = 100;
    policy.maxRetries = 1;
    JobContext job;
    const BatchRun run = runBatch(gets(*m_server, u"/slow"_s), policy, job);
    QCOMPARE(run.outcomes[0].failure, Failure::Timeout);
    QCOMPARE(run.outcomes[0].reasonCode(), u"timeout"_s);
    QCOMPARE(run.outcomes[0].attempts, 2);
    QVERIFY(run.outcomes[0].body.isEmpty());
    QCOMPARE(m_server->count("/slow"), 2);
}

void TestHttpBatch::dropMidBodyIsRetried()
{
    m_server->script(
        "/drop", {TestResponse::withMode(Mode::DropMidBody), TestResponse::json(200, "complete")});
    JobContext job;
    const BatchRun run = runBatch(gets(*m_server, u"/drop"_s), fastPolicy(), job);
    QVERIFY(run.outcomes[0].ok());
    QCOMPARE(run.outcomes[0].body, QByteArray("complete"));
    QCOMPARE(run.outcomes[0].attempts, 2);
}

void TestHttpBatch::closeWithoutReply()
{
    m_server->script("/close", {TestResponse::withMode(Mode::CloseWithoutReply)});
    JobContext job;
    const BatchRun run = runBatch(gets(*m_server, u"/close"_s), fastPolicy(), job);
    QCOMPARE(run.outcomes[0].failure, Failure::Network);
    QCOMPARE(run.outcomes[0].status, 0);
    QCOMPARE(run.outcomes[0].attempts, 3);
}

void TestHttpBatch::unreachableStopsTheBatch()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    std::vector<HttpTask> tasks;
    for (int i = 0; i < 5; ++i)
        tasks.push_back(HttpTask{
            QNetworkRequest(QUrl(u"http://127.0.0.1:%1/x%2"_s.arg(port).arg(i))), "GET", {}});
    HttpPolicy policy = fastPolicy();
    policy.concurrency = 1;
    policy.maxConsecutiveUnreachable = 2;
    JobContext job;
    const BatchRun run = runBatch(std::move(tasks), policy, job);
    QVERIFY(run.completed);
    QCOMPARE(run.requests, 2);
    for (const HttpOutcome &o : run.outcomes)
        QCOMPARE(o.failure, Failure::Unreachable);
}

void TestHttpBatch::concurrencyLimit()
{
    TestResponse slow = TestResponse::json(200, "ok");
    slow.delayMs = 150;
    m_server->script("/slow", {slow});
    HttpPolicy policy = fastPolicy();
    policy.concurrency = 2;
    JobContext job;
    const BatchRun run = runBatch(gets(*m_server, u"/slow"_s, 6), policy, job);
    QVERIFY(run.completed);
    for (const HttpOutcome &o : run.outcomes)
        QVERIFY(o.ok());
    QCOMPARE(m_server->count("/slow"), 6);
    QVERIFY2(m_server->maxPending() <= 2, qPrintable(QString::number(m_server->maxPending())));
}

void TestHttpBatch::cancelAbortsRequests()
{
    m_server->script("/hang", {TestResponse::withMode(Mode::Hang)});
    JobContext job;
    connect(m_server.get(), &TestHttpServer::requestArrived, this, [&job] { job.cancel(); });
    const BatchRun run = runBatch(gets(*m_server, u"/hang"_s, 3), fastPolicy(), job);
    QVERIFY(!run.completed);
    QVERIFY(run.requests >= 1);
    QCOMPARE(run.outcomes[0].attempts, 0); // no outcome was delivered
}

void TestHttpBatch::bodyIsRebuiltPerAttempt()
{
    m_server->script("/post", {TestResponse::json(502, "{}"), TestResponse::json(200, "{}")});
    auto built = std::make_shared<std::atomic_int>(0);
    QNetworkRequest request(m_server->url(u"/post"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::vector<HttpTask> tasks{HttpTask{request, "POST", [built] {
                                             ++*built;
                                             return QByteArray("{\"n\":1}");
                                         }}};
    JobContext job;
    const BatchRun run = runBatch(std::move(tasks), fastPolicy(), job);
    QVERIFY(run.outcomes[0].ok());
    QCOMPARE(built->load(), 2);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).method, QByteArray("POST"));
    QCOMPARE(m_server->requests().at(1).body, QByteArray("{\"n\":1}"));
}

void TestHttpBatch::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds") << QByteArray("5") << qint64(5000);
    QTest::newRow("spaces") << QByteArray(" 2 ") << qint64(2000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("http date") << QByteArray("Wed, 01 Jan 2025 00:00:30 GMT") << qint64(30000);
    QTest::newRow("date in the past") << QByteArray("Tue, 31 Dec 2024 23:00:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
}

void TestHttpBatch::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    QCOMPARE(HttpPolicy::retryAfterMs(value, now), expected);
}

void TestHttpBatch::backoff_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("expected");
    QTest::newRow("first") << 1 << 1000;
    QTest::newRow("second") << 2 << 2000;
    QTest::newRow("third") << 3 << 4000;
    QTest::newRow("capped") << 10 << 30000;
}

void TestHttpBatch::backoff()
{
    QFETCH(int, attempt);
    QFETCH(int, expected);
    QCOMPARE(HttpPolicy{}.backoffMs(attempt), expected);
}

QTEST_GUILESS_MAIN(TestHttpBatch)
#include "tst_httpbatch.moc"
