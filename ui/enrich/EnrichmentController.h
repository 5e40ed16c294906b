// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "enrich/EnrichmentEdits.h"
#include "enrich/EnrichmentResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace idiolect {

struct EnrichmentParams;
class JobContext;
class JobTracker;
class SecretStore;
class Session;
class Settings;

/**
 * @brief Runs enrichment for the open export and holds its result and the user's edits.
 *
 * When an export opens (and when the settings change) an offline run adds
 * what needs no network: stored link previews and whatever earlier runs put
 * in the cache. Only run() — Tools ▸ Enrich, the user's explicit request —
 * uses the network, and only for the switches the user turned on. The
 * latest request wins: a new run cancels the one in flight.
 *
 * Edits (EnrichmentEdits) are saved in the project file and applied by
 * rebuilding the layer without network. layer() is what the next stage
 * (anonymization, generation) reads; layerChanged() says when it changed.
 */
class EnrichmentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrichmentController)

public:
    EnrichmentController(Session *session, Settings *settings, JobTracker *tracker,
                         QObject *parent = nullptr);
    ~EnrichmentController() override;

    /** Where API keys are read from before a run that describes images; null = no key. */
    void setSecretStore(SecretStore *store);
    /** Creates the network access manager of network runs (tests record requests). */
    void setNetworkFactory(std::function<QNetworkAccessManager *()> factory);

    /** The parameters of a run over the open export; @p network false keeps it offline. */
    [[nodiscard]] EnrichmentParams params(bool network) const;
    /** True if the settings switch on something that needs the network. */
    [[nodiscard]] bool wantsNetwork() const;

    /** Runs with the user's settings, network included where switched on. */
    void run();
    /** Runs without any network: stored previews and the cache only. */
    void runOffline();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_context != nullptr; }
    [[nodiscard]] bool lastRunUsedNetwork() const { return m_lastNetwork; }
    [[nodiscard]] qint64 lastRunMs() const { return m_lastMs; }

    /** The latest result (with edits applied), or null before the first run. */
    [[nodiscard]] const EnrichmentResult *result() const { return m_result.get(); }
    /** The enriched text, or the raw text while no result exists; null without an export. */
    [[nodiscard]] TextLayerPtr layer() const;
    [[nodiscard]] const EnrichmentEdits &edits() const { return m_edits; }

    void setText(quint32 message, const QString &key, const QString &text);
    void clearItem(quint32 message, const QString &key);
    void resetItem(quint32 message, const QString &key);

Q_SIGNALS:
    void started(bool network);
    /** A run ended with a new result, or the export changed (the item list is new). */
    void resultChanged();
    /** The user edited, removed or restored an addition (the item list is the same). */
    void editsChanged();
    void failed(const idiolect::Error &error);
    /** A run that was not replaced by a newer one ended (done, failed or canceled). */
    void finished(bool ok);
    void layerChanged();

private:
    void exportChanged();
    void start(bool network, const QString &apiKey);
    void jobEnded(quint64 ticket, Expected<EnrichmentResult> result);
    void applyEdits();

    Session *m_session;
    Settings *m_settings;
    JobTracker *m_tracker;
    QPointer<SecretStore> m_secrets;
    std::function<QNetworkAccessManager *()> m_networkFactory;
    TextLayerPtr m_raw;
    EnrichmentEdits m_edits;
    std::unique_ptr<EnrichmentResult> m_result;
    std::shared_ptr<JobContext> m_context;
    quint64 m_ticket = 0;
    bool m_lastNetwork = false;
    qint64 m_lastMs = 0;
    QElapsedTimer m_clock;
    QString m_waitingForKey;
};

} // namespace idiolect
