// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiagnosticsModel.h"

#include <QElapsedTimer>
#include <QObject>

class QJsonObject;

#include <optional>

namespace idiolect {

class EnrichmentController;
class EventLoopProbe;
class ImportController;
class Session;
struct GenerationSummary;

/**
 * @brief Collects the facts the diagnostics panel shows: timings and counts of the
 *        last import, enrichment and generation, memory, and event-loop latency.
 *
 * Only numbers and format names — never message text, names or paths of
 * chats. Sources are optional: connect what exists (tests pass only some).
 */
class DiagnosticsRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsRecorder)

public:
    struct ImportFacts
    {
        qint64 wallMs = 0;
        QString format;
        qint64 bytes = 0;
        qint64 messages = 0;
        qint64 textMessages = 0;
        qint64 threads = 0;
        qint64 recipients = 0;
        qint64 storeBytes = 0;
        qint64 warnings = 0;
    };

    struct GenerationFacts
    {
        qint64 wallMs = 0;
        qint64 messages = 0;
        qint64 threads = 0;
        qint64 windows = 0;
        qint64 episodes = 0;
        qint64 examples = 0;
        QList<QPair<QString, double>> stageSeconds;
    };

    explicit DiagnosticsRecorder(QObject *parent = nullptr);

    void watchImports(ImportController *importer, Session *session);
    void watchEnrichment(EnrichmentController *enrichment);
    void setProbe(EventLoopProbe *probe) { m_probe = probe; }

    /** A generation run finished after @p wallMs (the UI measures it; the summary has stages). */
    void recordGeneration(const GenerationSummary &summary, qint64 wallMs);

    [[nodiscard]] const std::optional<ImportFacts> &lastImport() const { return m_import; }
    [[nodiscard]] const std::optional<GenerationFacts> &lastGeneration() const
    {
        return m_generation;
    }
    /** Everything, as rows for DiagnosticsModel (memory and latency read now). */
    [[nodiscard]] QList<DiagnosticsRow> rows() const;
    /**
     * The same facts as JSON with stable snake_case keys (import, enrichment,
     * generation, event_loop, memory), for `idiolect --stall-report` and benchmarks.
     */
    [[nodiscard]] QJsonObject toJson() const;
    /** Writes toJson() to @p path (QSaveFile); false with *error set on failure. */
    bool writeJson(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void changed();

private:
    void importFinished();
    void addImportRows(QList<DiagnosticsRow> &rows) const;
    void addEnrichmentRows(QList<DiagnosticsRow> &rows) const;
    void addGenerationRows(QList<DiagnosticsRow> &rows) const;
    void addSystemRows(QList<DiagnosticsRow> &rows) const;

    Session *m_session = nullptr;
    EnrichmentController *m_enrichment = nullptr;
    EventLoopProbe *m_probe = nullptr;
    QElapsedTimer m_importClock;
    std::optional<ImportFacts> m_import;
    std::optional<GenerationFacts> m_generation;
};

} // namespace idiolect
