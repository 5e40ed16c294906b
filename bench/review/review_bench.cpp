// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Review page's bulk path at scale: imports EXPORT, generates with the app's default
// settings, shows the examples in the review model and its filter proxy (date order, as the
// page does), then times "Accept All Shown", undo and redo and the autosave after each. For
// each step it prints the UI thread's CPU time in all and the longest slice it computed
// without returning to the event loop (what EventLoopProbe reports as a stall).
// Usage: idiolect-bench-review EXPORT [PROJECT]   (exports: scripts/bench.sh, build/bench-data/)
// With PROJECT, the project with every example accepted is kept there (to open it in the app,
// e.g. with scripts/ui-stalls.sh PROJECT).
#include "common/JobContext.h"
#include "diagnostics/EventLoopProbe.h"
#include "generation/GenerationJob.h"
#include "generation/GenerationOptionsJson.h"
#include "import/ImportJob.h"
#include "project/ProjectFile.h"
#include "project/Session.h"
#include "review/DecisionCommand.h"
#include "review/ExampleFilterProxy.h"
#include "review/ExampleIndex.h"
#include "review/ExampleTableModel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

/** Spins the event loop until @p done() holds (checked every millisecond). */
void waitFor(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    if (!done())
        loop.exec();
}

/**
 * Runs @p action from the event loop, then lets the loop run until @p done() holds, and
 * prints the UI thread's CPU time in all and its longest busy slice.
 */
void step(const QString &name, const std::function<void()> &action,
          const std::function<bool()> &done)
{
    EventLoopProbe probe(nullptr, 2);
    probe.start();
    QElapsedTimer settle;
    settle.start();
    waitFor([&] { return settle.elapsed() >= 20; });
    const double cpu = EventLoopProbe::threadCpuMs();
    QElapsedTimer wall;
    wall.start();
    bool ran = false;
    QTimer::singleShot(0, [&] {
        action();
        ran = true;
    });
    waitFor([&] { return ran && done(); });
    const double total = EventLoopProbe::threadCpuMs() - cpu;
    const qint64 wallMs = wall.elapsed();
    settle.start();
    waitFor([&] { return settle.elapsed() >= 10; }); // one more tick after the last slice
    probe.stop();
    out() << u"%1: UI thread %2 ms CPU, longest slice %3 ms (%4 ms wall)"_s.arg(name)
                 .arg(total, 0, 'f', 1)
                 .arg(probe.stats().maxBusyMs, 0, 'f', 1)
                 .arg(wallMs)
          << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        out() << "usage: idiolect-bench-review EXPORT [PROJECT]" << Qt::endl;
        return 2;
    }
    ImportOptions importOptions;
    importOptions.path = QString::fromLocal8Bit(argv[1]);
    auto imported = ImportJob::run(importOptions, JobContext::detached());
    if (!imported) {
        out() << imported.error().toString() << Qt::endl;
        return 1;
    }
    const ChatExportPtr ex = *imported;

    QTemporaryDir dir;
    auto file = ProjectFile::open(dir.filePath(u"bench.idiolect"_s), true);
    if (!file) {
        out() << file.error().toString() << Qt::endl;
        return 1;
    }
    Session session;
    ProjectState initial; // as the app's project for this export: it names the export
    initial.exportPath = QFileInfo(importOptions.path).absoluteFilePath();
    session.load(ex, std::move(initial), std::move(*file));
    session.flush();

    // The examples the app makes by default: its settings, the chats included by default.
    GenerationParams params;
    params.layer = std::make_shared<const TextLayer>(ex);
    params.options = GenerationOptionsJson::fromJson({});
    for (qint64 id : session.includedThreadIds()) {
        params.options.filters.partners.append(QString::number(id));
    }
    if (ex->self.isKnown())
        params.options.selfId = ex->self.id;
    auto generated = GenerationJob::run(params, JobContext::detached());
    if (!generated) {
        out() << generated.error().toString() << Qt::endl;
        return 1;
    }
    auto result = std::make_shared<const GenerationResult>(std::move(*generated));
    auto index = ExampleIndex::build(*result, *params.layer);
    out() << u"%1 messages, %2 examples"_s.arg(ex->messages.size()).arg(result->examples.size())
          << Qt::endl;

    ExampleTableModel model(&session);
    ExampleFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ExampleTableModel::Date, Qt::AscendingOrder);
    model.setResult(result, params.layer, index);
    waitFor([&] { return !proxy.isUpdating() && proxy.rowCount() > 0; });
    QUndoStack undo;

    const auto idle = [&] { return !session.isApplyingDecisions() && !model.isUpdatingStates(); };
    const auto saved = [&] { return !session.hasUnsavedChanges(); };
    const auto autosave = [] {}; // the session's own autosave timer writes the change
    step(
        u"accept all shown"_s,
        [&] {
            undo.push(new DecisionCommand(
                &session, DecisionChange::withStatus(proxy.visibleIds(), ReviewStatus::Accepted),
                u"bulk"_s));
        },
        idle);
    step(u"  autosave"_s, autosave, saved);
    step(
        u"undo"_s, [&] { undo.undo(); }, idle);
    step(u"  autosave"_s, autosave, saved);
    step(
        u"redo"_s, [&] { undo.redo(); }, idle);
    step(u"  autosave"_s, autosave, saved);
    // One verdict while the autosave of a bulk change is being written on a worker.
    undo.undo();
    waitFor([&] { return session.isSaving() || !session.hasUnsavedChanges(); });
    const QString first = proxy.visibleIds().constFirst();
    step(
        u"one verdict during that autosave"_s,
        [&] {
            undo.push(new DecisionCommand(
                &session,
                DecisionChange::fromHash(
                    {{first, ReviewDecision{ReviewStatus::Rejected, false, {}}}}),
                u"one"_s));
        },
        idle);
    step(u"  autosave"_s, autosave, saved);
    undo.undo();
    undo.redo();
    waitFor([&] { return !session.hasUnsavedChanges() && idle(); });
    // A new result (a setting changed) while every example has a decision: the states are
    // computed from the decisions when the result is installed.
    undo.push(new DecisionCommand(
        &session, DecisionChange::withStatus(proxy.visibleIds(), ReviewStatus::Accepted),
        u"bulk"_s));
    waitFor([&] { return idle(); });
    step(
        u"new result with every example decided"_s,
        [&] { model.setResult(result, params.layer, index); }, idle);
    out() << u"in the end: %1 accepted, %2 rejected of %3"_s
                 .arg(model.count(ReviewStatus::Accepted))
                 .arg(model.count(ReviewStatus::Rejected))
                 .arg(model.rowCount())
          << Qt::endl;
    // Reopening the export reads the project back: every decision, one row each. The app
    // does this on a worker while the export is imported (ImportController); timed here on
    // this thread, so the slice is the whole read.
    waitFor([&] { return !session.hasUnsavedChanges() && idle(); });
    qsizetype decisions = 0;
    step(
        u"read the project back (reopening)"_s,
        [&] {
            auto again = ProjectFile::open(dir.filePath(u"bench.idiolect"_s), false);
            auto state = again ? (*again)->load() : Expected<ProjectState>(again.error());
            decisions = state ? state->decisions.size() : -1;
        },
        [] { return true; });
    out() << u"  %1 decisions read"_s.arg(decisions) << Qt::endl;
    if (argc > 2) {
        const QString keep = QString::fromLocal8Bit(argv[2]);
        QFile::remove(keep);
        if (!QFile::copy(dir.filePath(u"bench.idiolect"_s), keep)) {
            out() << u"could not keep the project at %1"_s.arg(keep) << Qt::endl;
            return 1;
        }
    }
    return 0;
}
