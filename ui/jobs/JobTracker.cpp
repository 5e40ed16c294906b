// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobTracker.h"

#include "common/JobContext.h"

namespace idiolect {

JobTracker::JobTracker(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &JobTracker::poll);
}

JobTracker::~JobTracker()
{
    cancelAll();
}

quint64 JobTracker::add(const QString &title, const std::shared_ptr<JobContext> &context)
{
    const quint64 id = m_nextId++;
    m_jobs.append(Job{id, title, context, 0, 0});
    m_poll.start();
    Q_EMIT jobsChanged();
    return id;
}

void JobTracker::finish(quint64 id)
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i].id == id) {
            m_jobs.removeAt(i);
            if (m_jobs.isEmpty())
                m_poll.stop();
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

void JobTracker::poll()
{
    for (Job &job : m_jobs) {
        const qint64 done = job.context->lastDone();
        const qint64 total = job.context->lastTotal();
        if (total <= 0 || (job.done == done && job.total == total))
            continue;
        job.done = done;
        job.total = total;
        Q_EMIT progressChanged(job.id, done, total);
    }
}

} // namespace idiolect
