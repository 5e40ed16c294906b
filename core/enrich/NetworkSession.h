// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpBatch.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace idiolect {

/**
 * @brief The network of one enrichment run: created on the first request, never before.
 *
 * Owns the QNetworkAccessManager (made by the factory from EnrichmentParams,
 * so tests can observe every request) on the job's thread and adds up the
 * requests and retries of all batches. A run with the default settings never
 * calls run(), so no manager exists and no socket is opened.
 */
class NetworkSession final
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSession)

public:
    explicit NetworkSession(std::function<QNetworkAccessManager *()> factory);
    ~NetworkSession();
    Q_DISABLE_COPY_MOVE(NetworkSession)

    /**
     * Sends @p tasks under @p policy (see HttpBatch). Fails with Canceled when
     * the job was canceled, and with Internal when called on the GUI thread.
     */
    Status run(std::vector<HttpTask> tasks, const HttpPolicy &policy, JobContext &job,
               const HttpBatch::Finished &finished);

    [[nodiscard]] bool wasUsed() const { return m_network != nullptr; }
    [[nodiscard]] qint64 requests() const { return m_requests; }
    [[nodiscard]] qint64 retries() const { return m_retryDelays.size(); }
    [[nodiscard]] const QList<int> &retryDelays() const { return m_retryDelays; }

private:
    std::function<QNetworkAccessManager *()> m_factory;
    std::unique_ptr<QNetworkAccessManager> m_network;
    qint64 m_requests = 0;
    QList<int> m_retryDelays;
};

} // namespace idiolect
