// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpBatch.h"

#include "common/JobContext.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

QString HttpOutcome::reasonCode() const
{
    switch (failure) {
    case Failure::None: return u"ok"_s;
    case Failure::Timeout: return u"timeout"_s;
    case Failure::Network: return u"network"_s;
    case Failure::Http: return u"http_%1"_s.arg(status);
    case Failure::Unreachable: return u"unreachable"_s;
    case Failure::RateLimited: return u"rate_limited"_s;
    }
    return u"network"_s;
}

HttpBatch::HttpBatch(QNetworkAccessManager &network, const HttpPolicy &policy, JobContext &job)
    : m_network(network), m_policy(policy), m_job(job)
{
    m_policy.concurrency = qMax(1, m_policy.concurrency);
    m_policy.maxRetries = qMax(0, m_policy.maxRetries);
    m_cancelPoll.setInterval(50);
    connect(&m_cancelPoll, &QTimer::timeout, this, &HttpBatch::pollCancel);
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &HttpBatch::startMore);
}

HttpBatch::~HttpBatch()
{
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

QUrl HttpBatch::joinUrl(const QUrl &base, QStringView path)
{
    QUrl url = base;
    QString joined = url.path();
    if (joined.endsWith(u'/'))
        joined.chop(1);
    url.setPath(joined + path);
    return url;
}

qint64 HttpBatch::nowMs() const
{
    return m_clock.elapsed();
}

bool HttpBatch::run(std::vector<HttpTask> tasks, const Finished &finished)
{
    m_tasks = std::move(tasks);
    m_attempts.assign(m_tasks.size(), 0);
    m_finished = finished;
    m_remaining = qsizetype(m_tasks.size());
    for (qsizetype i = 0; i < m_remaining; ++i)
        m_ready.push_back(i);
    m_clock.start();
    if (m_job.isCanceled())
        return false;
    if (m_remaining == 0)
        return true;

    QEventLoop loop;
    m_loop = &loop;
    m_cancelPoll.start();
    startMore();
    if (m_remaining > 0 && !m_canceled)
        loop.exec();
    m_cancelPoll.stop();
    m_resumeTimer.stop();
    m_loop = nullptr;
    return !m_canceled;
}

void HttpBatch::startMore()
{
    if (m_canceled)
        return;
    const qint64 now = nowMs();
    if (now < m_resumeAtMs) {
        if (!m_resumeTimer.isActive())
            m_resumeTimer.start(int(m_resumeAtMs - now));
        return;
    }
    while (m_active.size() < m_policy.concurrency && !m_ready.empty()) {
        const qsizetype task = m_ready.front();
        m_ready.pop_front();
        startAttempt(task);
    }
}

void HttpBatch::startAttempt(qsizetype task)
{
    const HttpTask &t = m_tasks[size_t(task)];
    ++m_attempts[size_t(task)];
    ++m_requestsSent;
    QNetworkRequest request = t.request;
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = nullptr;
    if (t.verb == "HEAD")
        reply = m_network.head(request);
    else if (t.verb == "GET")
        reply = m_network.get(request);
    else
        reply = m_network.sendCustomRequest(request, t.verb, t.body ? t.body() : QByteArray());
    m_active.insert(reply, Active{task, false});

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, reply] {
        const auto it = m_active.find(reply);
        if (it == m_active.end())
            return;
        it->timedOut = true;
        reply->abort();
    });
    timer->start(qMax(1, m_policy.timeoutMs));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void HttpBatch::onReplyFinished(QNetworkReply *reply)
{
    const auto it = m_active.constFind(reply);
    if (it == m_active.cend())
        return;
    const Active active = *it;
    m_active.erase(it);
    reply->deleteLater();

    const qsizetype task = active.task;
    HttpOutcome outcome;
    outcome.attempts = m_attempts[size_t(task)];
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // With an HTTP status, Qt still reports 4xx/5xx as errors (content, protocol or server
    // ranges). Only connection-level errors (1-99), proxy failures and ProtocolFailure mean the
    // transfer itself broke (e.g. a disconnect in the middle of the body).
    const auto error = reply->error();
    const bool transportError
        = (error >= 1 && error <= 199 && error != QNetworkReply::ProxyAuthenticationRequiredError)
        || error == QNetworkReply::ProtocolFailure;
    bool retryable = false;
    if (active.timedOut) {
        outcome.failure = HttpOutcome::Failure::Timeout;
        outcome.status = 0;
        retryable = true;
    } else if (outcome.status > 0 && !transportError) {
        outcome.body = reply->readAll();
        outcome.location = reply->rawHeader("Location");
        if (outcome.status >= 400) {
            outcome.failure = HttpOutcome::Failure::Http;
            retryable = HttpPolicy::isRetryableStatus(outcome.status);
        }
    } else {
        outcome.status = 0;
        if (reply->error() == QNetworkReply::ConnectionRefusedError
            || reply->error() == QNetworkReply::HostNotFoundError) {
            outcome.failure = HttpOutcome::Failure::Unreachable;
        } else {
            outcome.failure = HttpOutcome::Failure::Network;
            retryable = true;
        }
    }

    if (outcome.failure == HttpOutcome::Failure::Unreachable)
        ++m_consecutiveUnreachable;
    else
        m_consecutiveUnreachable = 0;

    if (retryable && outcome.attempts <= m_policy.maxRetries) {
        int delay = m_policy.backoffMs(outcome.attempts);
        if (outcome.status == 429 || outcome.status == 503) {
            const qint64 asked = HttpPolicy::retryAfterMs(reply->rawHeader("Retry-After"),
                                                          QDateTime::currentDateTimeUtc());
            if (asked > m_policy.maxRetryAfterMs) {
                outcome.failure = HttpOutcome::Failure::RateLimited;
                finishTask(task, outcome);
                startMore();
                return;
            }
            if (asked >= 0) {
                delay = int(asked);
                // The server rate-limits this client: hold back every request, not just this one.
                if (outcome.status == 429)
                    m_resumeAtMs = qMax(m_resumeAtMs, nowMs() + asked);
            }
        }
        scheduleRetry(task, delay);
        startMore();
        return;
    }

    finishTask(task, outcome);
    if (m_consecutiveUnreachable >= qMax(1, m_policy.maxConsecutiveUnreachable))
        failWaiting(HttpOutcome::Failure::Unreachable);
    startMore();
}

void HttpBatch::scheduleRetry(qsizetype task, int delayMs)
{
    m_retryDelays.append(delayMs);
    m_waitingRetry.insert(task);
    QTimer::singleShot(delayMs, this, [this, task] {
        if (!m_waitingRetry.remove(task) || m_canceled)
            return;
        m_ready.push_front(task);
        startMore();
    });
}

void HttpBatch::finishTask(qsizetype task, const HttpOutcome &outcome)
{
    --m_remaining;
    ++m_done;
    if (m_finished)
        m_finished(task, outcome);
    m_job.setProgress(m_done, qsizetype(m_tasks.size()));
    if (m_remaining == 0 && m_loop)
        m_loop->quit();
}

void HttpBatch::failWaiting(HttpOutcome::Failure failure)
{
    std::vector<qsizetype> waiting(m_ready.begin(), m_ready.end());
    for (qsizetype task : std::as_const(m_waitingRetry))
        waiting.push_back(task);
    m_ready.clear();
    m_waitingRetry.clear();
    std::sort(waiting.begin(), waiting.end());
    for (qsizetype task : waiting) {
        HttpOutcome outcome;
        outcome.failure = failure;
        outcome.attempts = m_attempts[size_t(task)];
        finishTask(task, outcome);
    }
}

void HttpBatch::pollCancel()
{
    if (!m_job.isCanceled() || m_canceled)
        return;
    m_canceled = true;
    const QList<QNetworkReply *> replies = m_active.keys();
    m_active.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_ready.clear();
    m_waitingRetry.clear();
    if (m_loop)
        m_loop->quit();
}

} // namespace idiolect
