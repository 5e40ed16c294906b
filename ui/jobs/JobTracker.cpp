// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobTracker.h"

#include "common/JobContext.h"

#include <QPointer>

namespace idiolect {

JobTracker::JobTracker(QObject *parent) : QObject(parent) { }

JobTracker::~JobTracker()
{
    cancelAll();
}

quint64 JobTracker::add(const QString &title, const std::shared_ptr<JobContext> &context)
{
    const quint64 id = m_nextId++;
    // Called on the worker thread: hop to the UI thread. A queued call to a
    // deleted tracker is dropped by Qt, and the QPointer guards the check.
    QPointer<JobTracker> self(this);
    context->setCallback([self, id](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, done, total] {
                if (self)
                    self->setProgress(id, done, total);
            },
            Qt::QueuedConnection);
    });
    m_jobs.append(Job{id, title, context, 0, 0});
    Q_EMIT jobsChanged();
    return id;
}

void JobTracker::finish(quint64 id)
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i].id == id) {
            m_jobs.removeAt(i);
            Q_EMIT jobsChanged();
            return;
        }
    }
}

void JobTracker::cancel(quint64 id)
{
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.id == id)
            job.context->cancel();
    }
}

void JobTracker::cancelAll()
{
    for (const Job &job : std::as_const(m_jobs))
        job.context->cancel();
}

const JobTracker::Job *JobTracker::current() const
{
    return m_jobs.isEmpty() ? nullptr : &m_jobs.constLast();
}

void JobTracker::setProgress(quint64 id, qint64 done, qint64 total)
{
    for (Job &job : m_jobs) {
        if (job.id == id) {
            if (job.done == done && job.total == total)
                return;
            job.done = done;
            job.total = total;
            Q_EMIT progressChanged(id, done, total);
            return;
        }
    }
}

} // namespace idiolect
