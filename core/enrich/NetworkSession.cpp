// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkSession.h"

#include "common/JobContext.h"

#include <QNetworkAccessManager>
#include <QThread>

namespace idiolect {

namespace {

// Core never links Qt Gui, so the GUI application is recognised by its class name.
bool onGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
}

} // namespace

NetworkSession::NetworkSession(std::function<QNetworkAccessManager *()> factory)
    : m_factory(std::move(factory))
{ }

NetworkSession::~NetworkSession() = default;

Status NetworkSession::run(std::vector<HttpTask> tasks, const HttpPolicy &policy, JobContext &job,
                           const HttpBatch::Finished &finished)
{
    if (tasks.empty())
        return {};
    if (onGuiThread()) {
        return Error::make(ErrorCode::Internal,
                           tr("Enrichment must run on a worker thread, not the GUI thread."));
    }
    if (!m_network)
        m_network.reset(m_factory ? m_factory() : new QNetworkAccessManager);
    HttpBatch batch(*m_network, policy, job);
    const bool completed = batch.run(std::move(tasks), finished);
    m_requests += batch.requestsSent();
    m_retryDelays += batch.retryDelays();
    if (!completed)
        return Error::canceled();
    return {};
}

} // namespace idiolect
