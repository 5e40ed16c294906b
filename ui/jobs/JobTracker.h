// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace idiolect {

class JobContext;

/**
 * @brief The jobs running in the background, for the one place that shows progress.
 *
 * runJob() registers each job here; the status bar observes the tracker and
 * shows the newest job's title, its (done, total) and a cancel button.
 * While jobs run, the tracker reads each JobContext's last (done, total) on
 * the UI thread a few times a second and signals only changes. Polling keeps
 * worker threads from ever calling into UI objects, which may be gone by the
 * time a cancelled job reports.
 */
class JobTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTracker)

public:
    struct Job
    {
        quint64 id = 0;
        QString title;
        std::shared_ptr<JobContext> context;
        qint64 done = 0;
        qint64 total = 0;
    };

    explicit JobTracker(QObject *parent = nullptr);
    ~JobTracker() override;

    static constexpr int kPollMs = 100;

    /** Starts tracking @p context. */
    quint64 add(const QString &title, const std::shared_ptr<JobContext> &context);
    /** The job ended (success, error or canceled). */
    void finish(quint64 id);

    void cancel(quint64 id);
    void cancelAll();

    [[nodiscard]] bool isBusy() const { return !m_jobs.isEmpty(); }
    [[nodiscard]] const QList<Job> &jobs() const { return m_jobs; }
    /** The job the status bar shows (the newest), or nullptr. */
    [[nodiscard]] const Job *current() const;

Q_SIGNALS:
    void jobsChanged();
    void progressChanged(quint64 id, qint64 done, qint64 total);

private:
    void poll();

    QList<Job> m_jobs;
    QTimer m_poll;
    quint64 m_nextId = 1;
};

} // namespace idiolect
