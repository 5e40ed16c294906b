// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the privacy stage on an export: each detector alone (one thread), the whole
// scanner, and PrivacyJob with the thread pool. Usage: idiolect-bench-privacy EXPORT [REGION]
// (make a large export with: idiolect-demogen --out DIR --messages 1000000).
#include "common/JobContext.h"
#include "import/ImportJob.h"
#include "privacy/PhoneDetector.h"
#include "privacy/PiiScanner.h"
#include "privacy/PrivacyJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

/** CPU time of the calling thread (or the whole process), in ms: fair on a busy machine. */
qint64 cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

/** Wall-clock and CPU time since construction. */
struct Stopwatch
{
    QElapsedTimer wall;
    qint64 thread = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    qint64 process = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    Stopwatch() { wall.start(); }
    QString threadReport() const
    {
        return QStringLiteral("%1 ms cpu (%2 ms wall)")
            .arg(cpuMs(CLOCK_THREAD_CPUTIME_ID) - thread)
            .arg(wall.elapsed());
    }
    QString processReport() const
    {
        return QStringLiteral("%1 ms wall, %2 ms cpu on all threads")
            .arg(wall.elapsed())
            .arg(cpuMs(CLOCK_PROCESS_CPUTIME_ID) - process);
    }
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: idiolect-bench-privacy EXPORT [REGION]\n";
        return 2;
    }
    ImportOptions options;
    options.path = args[1];
    QElapsedTimer t;
    t.start();
    auto imported = ImportJob::run(options, JobContext::detached());
    if (!imported) {
        QTextStream(stderr) << imported.error().toString() << '\n';
        return 3;
    }
    const ChatExportPtr ex = *imported;
    out() << "import: " << t.elapsed() << " ms, " << ex->messages.size() << " messages\n";
    PrivacyConfig config = PrivacyConfig::defaults();
    config.region = args.value(2, u"DE"_s);

    out() << "one thread, bodies only, one kind at a time (with the scanner's prefilter):\n";
    for (PiiKind kind : kAllPiiKinds) {
        PrivacyConfig one = config;
        one.detect.fill(false);
        one.setDetected(kind, true);
        auto s = PiiScanner::create(*ex, one);
        if (!s)
            return 1;
        const Stopwatch sw;
        qint64 n = 0;
        for (quint32 m = 0; m < ex->messages.size(); ++m)
            n += qint64(s->scan(ex->messages.body(m), ScanContext{}).size());
        out() << "  " << piiKindName(kind).leftJustified(14) << sw.threadReport() << "  " << n
              << " hits\n";
        out().flush();
    }
    qint64 clusters = 0;
    std::vector<PhoneDetector::Cluster> found;
    for (quint32 m = 0; m < ex->messages.size(); ++m) {
        found.clear();
        PhoneDetector::findClusters(ex->messages.body(m), found);
        clusters += qint64(found.size());
    }
    out() << "phone clusters (libphonenumber candidates): " << clusters << "\n";

    auto scanner = PiiScanner::create(*ex, config);
    if (!scanner)
        return 1;
    {
        const Stopwatch sw;
        qint64 chars = 0;
        for (quint32 m = 0; m < ex->messages.size(); ++m) {
            for (QChar c : ex->messages.body(m))
                chars += c.unicode() & 1;
        }
        out() << "reading every body once: " << sw.threadReport() << " (" << chars << ")\n";
    }
    const Stopwatch all;
    qint64 hits = 0;
    for (quint32 m = 0; m < ex->messages.size(); ++m)
        hits += qint64(scanner->scan(ex->messages.body(m), ScanContext{}).size());
    out() << "scanner (all detectors, prefiltered): " << all.threadReport() << ", " << hits
          << " hits\n";

    for (int run = 0; run < 3; ++run) {
        PrivacyParams params;
        params.input = std::make_shared<TextLayer>(ex);
        params.config = config;
        params.collectFindings = false;
        const Stopwatch sw;
        auto result = PrivacyJob::run(params, JobContext::detached());
        if (!result)
            return 1;
        out() << "PrivacyJob (thread pool, bodies + quotes + names): " << sw.processReport() << ", "
              << result->report.totalHits() << " hits, " << result->report.messagesChanged
              << " changed\n";
    }
    return 0;
}
