// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ParallelFor.h"
#include "common/ComputePool.h"
#include "common/JobContext.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace idiolect;

/** Core's parallel stages must leave Qt's global pool free (Qt 6.4 paints with it). */
class TestComputePool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isNotTheGlobalPool();
    void parallelWorkLeavesTheGlobalPoolFree();
    void coreNeverUsesTheGlobalPool();
};

void TestComputePool::isNotTheGlobalPool()
{
    QVERIFY(ComputePool::instance() != QThreadPool::globalInstance());
    QCOMPARE(ComputePool::instance(), ComputePool::instance());
    QCOMPARE(ComputePool::instance()->maxThreadCount(),
             QThreadPool::globalInstance()->maxThreadCount());
}

void TestComputePool::parallelWorkLeavesTheGlobalPoolFree()
{
    // Every item waits until a task started on the global pool has run. If the items
    // held the global pool's threads (as QtConcurrent's default would), the task could
    // not start and every wait would time out.
    struct State
    {
        QSemaphore ran;
        std::atomic<bool> started{false};
        std::atomic<bool> globalRan{false};
        std::atomic<int> onGlobalPool{0};
        std::atomic<int> items{0};
    };
    auto state = std::make_shared<State>();
    parallelFor(
        16, [](size_t) { return 1; },
        [state](size_t) {
            state->items.fetch_add(1);
            if (QThreadPool::globalInstance()->contains(QThread::currentThread()))
                state->onGlobalPool.fetch_add(1);
            if (!state->started.exchange(true)) {
                QThreadPool::globalInstance()->start([state] {
                    state->globalRan = true;
                    state->ran.release();
                });
            }
            if (state->ran.tryAcquire(1, 20000))
                state->ran.release();
        },
        JobContext::detached());
    QCOMPARE(state->items.load(), 16);
    QVERIFY(state->globalRan);
    QCOMPARE(state->onGlobalPool.load(), 0);
}

void TestComputePool::coreNeverUsesTheGlobalPool()
{
    // Every QtConcurrent call in core names the pool; without one it would take the
    // global pool, which the GUI needs (see ComputePool).
    static const QRegularExpression call(
        QStringLiteral(R"(QtConcurrent::(blocking)?(Map|Mapped|map|mapped|Filter|filter|run)\w*)"
                       R"((<[^;(]*>)?\s*\()"));
    int calls = 0;
    QDirIterator it(QStringLiteral(IDIOLECT_SOURCE_DIR "/core"),
                    {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto m = call.globalMatch(text); m.hasNext();) {
            const QRegularExpressionMatch match = m.next();
            const qsizetype lineStart = text.lastIndexOf(u'\n', match.capturedStart()) + 1;
            const QString before = text.mid(lineStart, match.capturedStart() - lineStart).trimmed();
            if (before.startsWith(u'*') || before.startsWith(QStringLiteral("//")))
                continue; // documentation
            ++calls;
            const QString args = text.mid(match.capturedEnd(), 200).trimmed();
            QVERIFY2(args.startsWith(QStringLiteral("ComputePool::instance()")),
                     qPrintable(path + QStringLiteral(": ") + match.captured()));
        }
    }
    QVERIFY(calls >= 5); // the scan found the calls it is about
}

QTEST_GUILESS_MAIN(TestComputePool)
#include "tst_computepool.moc"
