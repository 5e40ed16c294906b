// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsRecorder.h"

#include "EventLoopProbe.h"
#include "ProcessMemory.h"
#include "enrich/EnrichmentController.h"
#include "generation/GenerationResult.h"
#include "import/ImportController.h"
#include "project/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString ms(double value)
{
    return DiagnosticsRecorder::tr("%1 ms").arg(QLocale().toString(value, 'f', value < 10 ? 1 : 0));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString bytes(qint64 value)
{
    return value < 0 ? DiagnosticsRecorder::tr("unknown") : QLocale().formattedDataSize(value);
}

/** Each stall with what the app had just done: labels and numbers only. */
QJsonArray stallList(const QList<EventLoopProbe::Stall> &stalls)
{
    QJsonArray list;
    for (const EventLoopProbe::Stall &s : stalls)
        list.append(QJsonObject{{u"at_ms"_s, s.atMs},
                                {u"late_ms"_s, s.lateMs},
                                {u"busy_ms"_s, s.busyMs},
                                {u"after"_s, s.after},
                                {u"since_mark_ms"_s, s.sinceMarkMs}});
    return list;
}

} // namespace

DiagnosticsRecorder::DiagnosticsRecorder(QObject *parent) : QObject(parent) { }

void DiagnosticsRecorder::watchImports(ImportController *importer, Session *session)
{
    m_session = session;
    connect(importer, &ImportController::started, this, [this] { m_importClock.start(); });
    connect(importer, &ImportController::succeeded, this, &DiagnosticsRecorder::importFinished);
}

void DiagnosticsRecorder::watchEnrichment(EnrichmentController *enrichment)
{
    m_enrichment = enrichment;
    connect(enrichment, &EnrichmentController::resultChanged, this, &DiagnosticsRecorder::changed);
}

void DiagnosticsRecorder::importFinished()
{
    if (!m_session || !m_session->chatExport())
        return;
    const ChatExport &ex = *m_session->chatExport();
    ImportFacts f;
    f.wallMs = m_importClock.isValid() ? m_importClock.elapsed() : 0;
    f.format = exportFormatName(ex.source.format);
    f.bytes = ex.source.bytes;
    f.messages = ex.messages.size();
    f.textMessages = ex.textMessages();
    f.threads = qint64(ex.threads.size());
    f.recipients = qint64(ex.recipients.size());
    f.storeBytes = ex.messages.memoryUsage();
    for (const ImportWarning &w : ex.warnings)
        f.warnings += w.count;
    m_import = f;
    Q_EMIT changed();
}

void DiagnosticsRecorder::recordGeneration(const GenerationSummary &summary, qint64 wallMs)
{
    GenerationFacts f;
    f.wallMs = wallMs;
    f.messages = summary.messagesAfterFilters;
    f.threads = summary.threads;
    f.windows = summary.windows;
    f.episodes = summary.episodes;
    f.examples = summary.totalExamples;
    f.stageSeconds = summary.stageSeconds;
    m_generation = f;
    Q_EMIT changed();
}

QList<DiagnosticsRow> DiagnosticsRecorder::rows() const
{
    QList<DiagnosticsRow> rows;
    addImportRows(rows);
    addEnrichmentRows(rows);
    addGenerationRows(rows);
    addSystemRows(rows);
    return rows;
}

QJsonObject DiagnosticsRecorder::toJson() const
{
    QJsonObject out;
    if (m_import) {
        const ImportFacts &f = *m_import;
        out.insert(u"import"_s,
                   QJsonObject{{u"wall_ms"_s, f.wallMs},
                               {u"format"_s, f.format},
                               {u"input_bytes"_s, f.bytes},
                               {u"message_rows"_s, f.messages},
                               {u"text_messages"_s, f.textMessages},
                               {u"threads"_s, f.threads},
                               {u"recipients"_s, f.recipients},
                               {u"store_bytes"_s, f.storeBytes},
                               {u"warnings"_s, f.warnings}});
    }
    if (const EnrichmentResult *r = m_enrichment ? m_enrichment->result() : nullptr) {
        QJsonObject e = r->summary.toJson();
        e.insert(u"wall_ms"_s, m_enrichment->lastRunMs());
        e.insert(u"used_network"_s, m_enrichment->lastRunUsedNetwork());
        out.insert(u"enrichment"_s, e);
    }
    if (m_generation) {
        const GenerationFacts &f = *m_generation;
        QJsonObject stages;
        for (const auto &[stage, seconds] : f.stageSeconds)
            stages.insert(stage, seconds * 1000.0);
        out.insert(u"generation"_s,
                   QJsonObject{{u"wall_ms"_s, f.wallMs},
                               {u"messages"_s, f.messages},
                               {u"threads"_s, f.threads},
                               {u"windows"_s, f.windows},
                               {u"episodes"_s, f.episodes},
                               {u"examples"_s, f.examples},
                               {u"stage_ms"_s, stages}});
    }
    if (m_probe) {
        const EventLoopProbe::Stats s = m_probe->stats();
        out.insert(u"event_loop"_s,
                   QJsonObject{{u"samples"_s, s.samples},
                               {u"interval_ms"_s, m_probe->intervalMs()},
                               {u"max_latency_ms"_s, s.maxLatencyMs},
                               {u"mean_latency_ms"_s, s.meanLatencyMs},
                               {u"stall_threshold_ms"_s, EventLoopProbe::kStallMs},
                               {u"stalls"_s, s.stalls},
                               {u"stalled_ms"_s, s.stalledMs},
                               {u"max_busy_ms"_s, s.maxBusyMs},
                               {u"busy_stalls"_s, s.busyStalls},
                               {u"measured_ms"_s, s.runningMs},
                               {u"stall_list"_s, stallList(m_probe->stallList())}});
    }
    const ProcessMemory::Usage memory = ProcessMemory::current();
    out.insert(u"memory"_s,
               QJsonObject{{u"resident_bytes"_s, memory.residentBytes},
                           {u"peak_resident_bytes"_s, memory.peakResidentBytes}});
    return out;
}

bool DiagnosticsRecorder::writeJson(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DiagnosticsRecorder::addImportRows(QList<DiagnosticsRow> &rows) const
{
    rows.append({tr("Last import"), {}, true});
    if (!m_import) {
        rows.append({tr("Status"), tr("Nothing imported yet")});
        return;
    }
    const ImportFacts &f = *m_import;
    rows.append({tr("Wall time"), ms(double(f.wallMs))});
    rows.append({tr("Format"), f.format});
    rows.append({tr("Input size"), bytes(f.bytes)});
    rows.append({tr("Message rows"), count(f.messages)});
    rows.append({tr("Text messages"), count(f.textMessages)});
    rows.append({tr("Chats"), count(f.threads)});
    rows.append({tr("Contacts"), count(f.recipients)});
    rows.append({tr("Message store"), bytes(f.storeBytes)});
    rows.append({tr("Warnings"), count(f.warnings)});
    if (f.wallMs > 0)
        rows.append({tr("Messages per second"), count(f.messages * 1000 / f.wallMs)});
}

void DiagnosticsRecorder::addEnrichmentRows(QList<DiagnosticsRow> &rows) const
{
    rows.append({tr("Last enrichment"), {}, true});
    const EnrichmentResult *result = m_enrichment ? m_enrichment->result() : nullptr;
    if (!result) {
        rows.append({tr("Status"), tr("Not run yet")});
        return;
    }
    const EnrichmentSummary &s = result->summary;
    rows.append({tr("Wall time"), ms(double(m_enrichment->lastRunMs()))});
    rows.append(
        {tr("Used the network"), m_enrichment->lastRunUsedNetwork() ? tr("yes") : tr("no")});
    rows.append({tr("Messages changed"), count(s.enhancedMessages)});
    rows.append({tr("Posts from saved previews"), count(s.tweetsFromPreviews)});
    rows.append({tr("Posts fetched"), count(s.tweetsFetched)});
    rows.append({tr("Posts failed"), count(s.tweetsFailed)});
    rows.append({tr("Web pages from previews"), count(s.linksFromPreviews)});
    rows.append({tr("Photos described"), count(s.imagesDescribed)});
    rows.append({tr("Photos failed"), count(s.imagesFailed)});
    rows.append({tr("Photos skipped"), count(s.imagesSkipped)});
    rows.append({tr("Cache hits"), count(s.cacheHits)});
    rows.append({tr("Network requests"), count(s.networkRequests)});
}

void DiagnosticsRecorder::addGenerationRows(QList<DiagnosticsRow> &rows) const
{
    rows.append({tr("Last generation"), {}, true});
    if (!m_generation) {
        rows.append({tr("Status"), tr("Not run yet")});
        return;
    }
    const GenerationFacts &f = *m_generation;
    rows.append({tr("Wall time"), ms(double(f.wallMs))});
    for (const auto &[stage, seconds] : f.stageSeconds)
        rows.append({tr("Stage \u201c%1\u201d").arg(stage), ms(seconds * 1000.0)});
    rows.append({tr("Messages used"), count(f.messages)});
    rows.append({tr("Chats"), count(f.threads)});
    rows.append({tr("Windows"), count(f.windows)});
    rows.append({tr("Episodes"), count(f.episodes)});
    rows.append({tr("Examples"), count(f.examples)});
}

void DiagnosticsRecorder::addSystemRows(QList<DiagnosticsRow> &rows) const
{
    rows.append({tr("Responsiveness and memory"), {}, true});
    if (m_probe) {
        const EventLoopProbe::Stats s = m_probe->stats();
        rows.append({tr("Longest UI stall"), ms(s.maxLatencyMs)});
        rows.append({tr("Average UI delay"), ms(s.meanLatencyMs)});
        rows.append({tr("Stalls over %1 ms").arg(EventLoopProbe::kStallMs), count(s.stalls)});
        if (s.maxBusyMs >= 0) {
            rows.append({tr("Longest UI computation"), ms(s.maxBusyMs)});
            rows.append({tr("Stalls the UI caused itself"), count(s.busyStalls)});
        }
        rows.append({tr("Measured for"), tr("%1 s").arg(count(s.runningMs / 1000))});
    }
    const ProcessMemory::Usage memory = ProcessMemory::current();
    rows.append({tr("Memory in use"), bytes(memory.residentBytes)});
    rows.append({tr("Peak memory"), bytes(memory.peakResidentBytes)});
}

} // namespace idiolect
