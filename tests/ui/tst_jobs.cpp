// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobPool.h"
#include "jobs/JobTracker.h"
#include "jobs/LatestRequest.h"
#include "jobs/RunJob.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestJobs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnTheUiThread();
    void progressReachesTheTracker();
    void cancelStopsTheJob();
    void exceptionsBecomeErrors();
    void destroyedReceiverGetsNothing();
    void latestRequestWins();
};

void TestJobs::resultArrivesOnTheUiThread()
{
    JobTracker tracker;
    QObject receiver;
    QSignalSpy jobs(&tracker, &JobTracker::jobsChanged);
    QThread *workerThread = nullptr;
    QThread *doneThread = nullptr;
    std::optional<int> value;
    runJob<int>(
        &tracker, &receiver, u"answer"_s,
        [&workerThread](JobContext &) -> Expected<int> {
            workerThread = QThread::currentThread();
            return 42;
        },
        [&](Expected<int> r) {
            doneThread = QThread::currentThread();
            value = r ? *r : -1;
        });
    QVERIFY(tracker.isBusy());
    QCOMPARE(tracker.current()->title, u"answer"_s);
    QTRY_VERIFY(value.has_value());
    QCOMPARE(*value, 42);
    QVERIFY(workerThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
    QTRY_VERIFY(!tracker.isBusy());
    QVERIFY(jobs.size() >= 2);
}

void TestJobs::progressReachesTheTracker()
{
    JobTracker tracker;
    QObject receiver;
    QSignalSpy progress(&tracker, &JobTracker::progressChanged);
    QSemaphore release;
    bool done = false;
    runJob<int>(
        &tracker, &receiver, u"count"_s,
        [&release](JobContext &job) -> Expected<int> {
            job.setProgress(4, 10);
            release.acquire(); // stay at 4/10 until the tracker has shown it
            job.setProgress(10, 10);
            return 10;
        },
        [&done](Expected<int>) { done = true; });
    QVERIFY(progress.wait(10000));
    QCOMPARE(progress.first().at(0).toULongLong(), tracker.current()->id);
    QCOMPARE(progress.first().at(1).toLongLong(), 4);
    QCOMPARE(progress.first().at(2).toLongLong(), 10);
    QCOMPARE(tracker.current()->done, 4);
    const qsizetype before = progress.size();
    QTest::qWait(3 * JobTracker::kPollMs);
    QCOMPARE(progress.size(), before); // unchanged progress is not signalled again
    release.release();
    QTRY_VERIFY(done);
}

void TestJobs::cancelStopsTheJob()
{
    JobTracker tracker;
    QObject receiver;
    QSemaphore started;
    std::optional<Error> error;
    auto context = runJob<int>(
        &tracker, &receiver, u"loop"_s,
        [&started](JobContext &job) -> Expected<int> {
            started.release();
            while (!job.isCanceled())
                QThread::msleep(1);
            return Error::canceled();
        },
        [&error](Expected<int> r) { error = r ? Error() : r.error(); });
    QVERIFY(started.tryAcquire(1, 10000));
    tracker.cancelAll();
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, ErrorCode::Canceled);
    QVERIFY(context->isCanceled());
}

void TestJobs::exceptionsBecomeErrors()
{
    QObject receiver;
    std::optional<Error> error;
    runJob<int>(
        nullptr, &receiver, u"throws"_s,
        [](JobContext &) -> Expected<int> { throw std::runtime_error("boom"); },
        [&error](Expected<int> r) { error = r ? Error() : r.error(); });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, ErrorCode::Internal);
}

void TestJobs::destroyedReceiverGetsNothing()
{
    JobTracker tracker;
    auto receiver = std::make_unique<QObject>();
    QSemaphore release;
    bool called = false;
    runJob<int>(
        &tracker, receiver.get(), u"orphan"_s,
        [&release](JobContext &) -> Expected<int> {
            release.acquire();
            return 1;
        },
        [&called](Expected<int>) { called = true; });
    QVERIFY(tracker.isBusy());
    receiver.reset(); // the page closes while the job runs
    QVERIFY(!tracker.isBusy());
    release.release();
    JobPool::waitForDone();
    QTest::qWait(50); // give a (wrongly) queued continuation the chance to run
    QVERIFY(!called);
}

void TestJobs::latestRequestWins()
{
    LatestRequest latest;
    auto first = std::make_shared<JobContext>();
    auto second = std::make_shared<JobContext>();
    const quint64 a = latest.begin(first);
    QVERIFY(latest.isCurrent(a));
    QVERIFY(latest.isRunning());
    const quint64 b = latest.begin(second);
    QVERIFY(first->isCanceled());
    QVERIFY(!second->isCanceled());
    QVERIFY(!latest.isCurrent(a));
    QVERIFY(latest.isCurrent(b));
    latest.finish(a); // a stale finish changes nothing
    QVERIFY(latest.isRunning());
    latest.finish(b);
    QVERIFY(!latest.isRunning());
    const quint64 c = latest.begin(std::make_shared<JobContext>());
    latest.cancel();
    QVERIFY(!latest.isCurrent(c));
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
