// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace idiolect::test {

TestResponse TestResponse::json(int status, const QByteArray &body)
{
    TestResponse r;
    r.status = status;
    r.body = body;
    return r.withHeader("Content-Type", "application/json");
}

TestResponse TestResponse::withMode(Mode mode)
{
    TestResponse r;
    r.mode = mode;
    r.body = QByteArray(200, 'x');
    return r;
}

TestResponse TestResponse::redirect(int status, const QByteArray &location)
{
    TestResponse r;
    r.status = status;
    return r.withHeader("Location", location);
}

TestResponse TestResponse::withHeader(const QByteArray &name, const QByteArray &value) const
{
    TestResponse r = *this;
    r.headers.append(std::pair<QByteArray, QByteArray>(name, value));
    return r;
}

TestHttpServer::TestHttpServer()
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
}

TestHttpServer::~TestHttpServer()
{
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

bool TestHttpServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
}

void TestHttpServer::script(const QByteArray &pathPrefix, const QList<TestResponse> &responses)
{
    for (auto &[prefix, existing] : m_scripts) {
        if (prefix == pathPrefix) {
            existing = responses;
            return;
        }
    }
    m_scripts.append({pathPrefix, responses});
}

int TestHttpServer::count(const QByteArray &pathPrefix) const
{
    int n = 0;
    for (const TestRequest &r : m_requests)
        n += r.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    TestRequest request;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < end + 4 + length)
        return;
    request.body = buffer.mid(end + 4, length);
    buffer.clear();
    handle(socket, request);
}

void TestHttpServer::handle(QTcpSocket *socket, const TestRequest &request)
{
    m_requests.append(request);
    TestResponse response = TestResponse::json(404, R"({"code":404,"message":"NOT_FOUND"})");
    for (auto &[prefix, responses] : m_scripts) {
        if (!request.path.startsWith(prefix) || responses.isEmpty())
            continue;
        response = responses.size() > 1 ? responses.takeFirst() : responses.first();
        break;
    }
    m_maxPending = qMax(m_maxPending, ++m_pending);
    Q_EMIT requestArrived();
    if (response.mode == TestResponse::Mode::Hang)
        return;
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket,
                           [this, socket, response] { respond(socket, response); });
    else
        respond(socket, response);
}

void TestHttpServer::respond(QTcpSocket *socket, const TestResponse &response)
{
    --m_pending;
    if (response.mode == TestResponse::Mode::CloseWithoutReply) {
        socket->disconnectFromHost();
        return;
    }
    const bool drop = response.mode == TestResponse::Mode::DropMidBody;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += drop ? response.body.left(response.body.size() / 2) : response.body;
    socket->write(out);
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace idiolect::test
