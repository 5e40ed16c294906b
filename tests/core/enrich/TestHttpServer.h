// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace idiolect::test {

/** One scripted answer of TestHttpServer. */
struct TestResponse
{
    enum class Mode : quint8 {
        Normal,
        Hang, ///< Accept the request and never answer.
        DropMidBody, ///< Send the headers and half the body, then close the connection.
        CloseWithoutReply, ///< Close the connection without a status line.
    };

    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0; ///< Wait this long before answering (slow server).
    Mode mode = Mode::Normal;

    static TestResponse json(int status, const QByteArray &body);
    static TestResponse withMode(Mode mode);
    static TestResponse redirect(int status, const QByteArray &location);
    /** A copy with one more response header. */
    [[nodiscard]] TestResponse withHeader(const QByteArray &name, const QByteArray &value) const;
};

/** A request the server received. Header names are lower-case. */
struct TestRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

/**
 * @brief A tiny HTTP/1.1 server on 127.0.0.1 for end-to-end network tests.
 *
 * Lives on the test's main thread; the job under test runs on a worker
 * thread and talks to it over real sockets. Responses are scripted per path
 * prefix and consumed in order, the last one repeating. Every connection
 * carries one request ("Connection: close").
 */
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    TestHttpServer();
    ~TestHttpServer() override;

    bool start();
    [[nodiscard]] QUrl url(const QString &path = {}) const;

    /** Sets (or replaces) the answers for paths starting with @p pathPrefix. */
    void script(const QByteArray &pathPrefix, const QList<TestResponse> &responses);
    [[nodiscard]] const QList<TestRequest> &requests() const { return m_requests; }
    [[nodiscard]] int count(const QByteArray &pathPrefix) const;
    /** The most requests that were waiting for their answer at the same time. */
    [[nodiscard]] int maxPending() const { return m_maxPending; }

Q_SIGNALS:
    void requestArrived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const TestRequest &request);
    void respond(QTcpSocket *socket, const TestResponse &response);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<std::pair<QByteArray, QList<TestResponse>>> m_scripts;
    QList<TestRequest> m_requests;
    int m_pending = 0;
    int m_maxPending = 0;
};

} // namespace idiolect::test
