// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpOutcome.h"
#include "HttpPolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <vector>

class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;

namespace idiolect {

class JobContext;

/** One request of a batch; the body is built when (and each time) the request is sent. */
struct HttpTask
{
    QNetworkRequest request;
    QByteArray verb = "GET"; ///< GET, HEAD or POST.
    std::function<QByteArray()> body;
};

/**
 * @brief Sends a list of requests with a concurrency limit, timeouts, retries and cancel.
 *
 * Lives on the job's thread and runs a local event loop there until every
 * task has an outcome or the JobContext is canceled (polled every 50 ms; the
 * requests in flight are aborted). Never use it on a GUI thread: enrichment
 * jobs run on a worker thread. Retry and pause rules are HttpPolicy's.
 * Outcomes are delivered in completion order through the callback, so
 * callers can store each result (e.g. in the cache) as soon as it arrives.
 */
class HttpBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpBatch)

public:
    using Finished = std::function<void(qsizetype task, const HttpOutcome &outcome)>;

    HttpBatch(QNetworkAccessManager &network, const HttpPolicy &policy, JobContext &job);
    ~HttpBatch() override;

    /**
     * Runs @p tasks and calls @p finished once per task. Returns false if the
     * job was canceled (tasks without an outcome then get no callback).
     */
    bool run(std::vector<HttpTask> tasks, const Finished &finished);

    /** @p base with @p path appended to its path ("https://h/v1" + "/status/1"). */
    static QUrl joinUrl(const QUrl &base, QStringView path);

    [[nodiscard]] qint64 requestsSent() const { return m_requestsSent; }
    [[nodiscard]] qint64 retries() const { return qint64(m_retryDelays.size()); }
    /** The delay chosen before each retry, in order (backoff or Retry-After). */
    [[nodiscard]] const QList<int> &retryDelays() const { return m_retryDelays; }

private:
    struct Active
    {
        qsizetype task = -1;
        bool timedOut = false;
    };

    void startMore();
    void startAttempt(qsizetype task);
    void onReplyFinished(QNetworkReply *reply);
    void scheduleRetry(qsizetype task, int delayMs);
    void finishTask(qsizetype task, const HttpOutcome &outcome);
    void failWaiting(HttpOutcome::Failure failure);
    void pollCancel();
    [[nodiscard]] qint64 nowMs() const;

    QNetworkAccessManager &m_network;
    HttpPolicy m_policy;
    JobContext &m_job;
    std::vector<HttpTask> m_tasks;
    std::vector<int> m_attempts;
    std::deque<qsizetype> m_ready;
    QSet<qsizetype> m_waitingRetry;
    QHash<QNetworkReply *, Active> m_active;
    Finished m_finished;
    QEventLoop *m_loop = nullptr;
    QTimer m_cancelPoll;
    QTimer m_resumeTimer;
    qint64 m_resumeAtMs = 0;
    QElapsedTimer m_clock;
    qsizetype m_remaining = 0;
    qsizetype m_done = 0;
    int m_consecutiveUnreachable = 0;
    bool m_canceled = false;
    qint64 m_requestsSent = 0;
    QList<int> m_retryDelays;
};

} // namespace idiolect
