// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobPool.h"
#include "JobTracker.h"
#include "common/Expected.h"
#include "common/JobContext.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <memory>

namespace idiolect {

/**
 * Runs @p work (Expected<R>(JobContext &)) on the JobPool and calls
 * @p done(Expected<R>) on the UI thread once it ends.
 *
 * The result arrives through a QFutureWatcher parented to @p receiver, so if
 * the receiver is destroyed first nothing is called (Qt 6.4's
 * QFuture::then(context) asserts in that case). The job is shown by
 * @p tracker (may be null) until it ends. Exceptions become an Internal error
 * at the job edge. Pass @p context to know it before the job starts (e.g. to
 * register it with a LatestRequest); it is returned so the caller can cancel it.
 */
template<typename R, typename Work, typename Done>
std::shared_ptr<JobContext> runJob(JobTracker *tracker, QObject *receiver, const QString &title,
                                   std::shared_ptr<JobContext> context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<Expected<R>>(receiver);
    if (tracker) {
        const quint64 id = tracker->add(title, context);
        QObject::connect(watcher, &QObject::destroyed, tracker,
                         [tracker, id] { tracker->finish(id); });
    }
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->future().takeResult());
                     });
    watcher->setFuture(
        QtConcurrent::run(JobPool::instance(), [context, work = std::move(work)]() -> Expected<R> {
            try {
                return work(*context);
            } catch (const std::exception &) {
                return Error::make(ErrorCode::Internal,
                                   QCoreApplication::translate(
                                       "idiolect", "An unexpected error stopped the operation."));
            }
        }));
    return context;
}

/** runJob() with a fresh JobContext. */
template<typename R, typename Work, typename Done>
std::shared_ptr<JobContext> runJob(JobTracker *tracker, QObject *receiver, const QString &title,
                                   Work work, Done done)
{
    return runJob<R>(tracker, receiver, title, std::make_shared<JobContext>(), std::move(work),
                     std::move(done));
}

} // namespace idiolect
