// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentController.h"

#include "common/JobContext.h"
#include "enrich/EnrichmentJob.h"
#include "enrich/EnrichmentLayerBuilder.h"
#include "enrich/EnrichmentParams.h"
#include "enrich/EnrichmentSettingsJson.h"
#include "enrich/keychain/ApiKeyStore.h"
#include "jobs/RunJob.h"
#include "preferences/SecretStore.h"
#include "project/Session.h"
#include "settings/Settings.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

const auto kEditsKey = u"edits"_s;

} // namespace

EnrichmentController::EnrichmentController(Session *session, Settings *settings,
                                           JobTracker *tracker, QObject *parent)
    : QObject(parent), m_session(session), m_settings(settings), m_tracker(tracker)
{
    connect(m_session, &Session::exportChanged, this, &EnrichmentController::exportChanged);
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Enrichment || key == Settings::Key::EnrichmentCachePath)
            runOffline();
    });
    exportChanged();
}

EnrichmentController::~EnrichmentController()
{
    if (m_context)
        m_context->cancel();
}

void EnrichmentController::setSecretStore(SecretStore *store)
{
    if (m_secrets)
        disconnect(m_secrets, nullptr, this, nullptr);
    m_secrets = store;
    if (!store)
        return;
    connect(store, &SecretStore::keyRead, this, [this](const QString &key, const QString &secret) {
        if (key == m_waitingForKey) {
            m_waitingForKey.clear();
            start(true, secret);
        }
    });
    connect(store, &SecretStore::failed, this, [this](const QString &key, const QString &) {
        if (key == m_waitingForKey) { // no keychain: local servers need no key anyway
            m_waitingForKey.clear();
            start(true, {});
        }
    });
}

void EnrichmentController::setNetworkFactory(std::function<QNetworkAccessManager *()> factory)
{
    m_networkFactory = std::move(factory);
}

EnrichmentParams EnrichmentController::params(bool network) const
{
    EnrichmentParams p;
    EnrichmentSettingsJson::apply(m_settings->enrichment(), p);
    p.input = m_raw;
    p.edits = m_edits;
    p.networkFactory = m_networkFactory;
    if (!network) {
        // Previews and the cache only: cached descriptions are free, nothing new is sent.
        if (p.twitter == TwitterMode::Fetch)
            p.twitter = TwitterMode::Previews;
        p.maxImagesPerRun = 0;
    }
    // Offline runs only read an existing cache (the job never creates one without a request).
    p.cachePath = m_settings->enrichmentCachePath();
    return p;
}

bool EnrichmentController::wantsNetwork() const
{
    const EnrichmentParams p = params(true);
    return p.twitter == TwitterMode::Fetch || p.images == ImageMode::Describe;
}

void EnrichmentController::exportChanged()
{
    cancel();
    m_result.reset();
    m_edits = EnrichmentEdits();
    m_raw.reset();
    if (const ChatExportPtr &ex = m_session->chatExport()) {
        m_raw = std::make_shared<const TextLayer>(ex);
        auto edits = EnrichmentEdits::fromJson(
            m_session->state().enrichment.value(kEditsKey).toArray(), ex->messages);
        if (edits)
            m_edits = std::move(*edits);
    }
    Q_EMIT resultChanged();
    Q_EMIT layerChanged();
    if (m_raw)
        runOffline();
}

void EnrichmentController::run()
{
    if (!m_raw)
        return;
    const EnrichmentParams p = params(true);
    if (p.images == ImageMode::Describe && m_secrets) {
        cancel();
        m_waitingForKey = ApiKeyStore::keyFor(p.vision.endpoint);
        m_secrets->read(m_waitingForKey);
        return;
    }
    start(true, {});
}

void EnrichmentController::runOffline()
{
    if (m_raw)
        start(false, {});
}

void EnrichmentController::cancel()
{
    m_waitingForKey.clear();
    if (m_context) {
        m_context->cancel();
        m_context.reset();
    }
}

void EnrichmentController::start(bool network, const QString &apiKey)
{
    cancel();
    EnrichmentParams p = params(network);
    p.vision.apiKey = apiKey;
    const quint64 ticket = ++m_ticket;
    m_lastNetwork = network;
    m_clock.start();
    const QString title = network ? tr("Enriching links and photos") : tr("Adding link previews");
    m_context = runJob<EnrichmentResult>(
        m_tracker, this, title,
        [p = std::move(p)](JobContext &job) { return EnrichmentJob::run(p, job); },
        [this, ticket](Expected<EnrichmentResult> result) { jobEnded(ticket, std::move(result)); });
    Q_EMIT started(network);
}

void EnrichmentController::jobEnded(quint64 ticket, Expected<EnrichmentResult> result)
{
    if (ticket != m_ticket)
        return; // a newer request replaced this one
    m_context.reset();
    m_lastMs = m_clock.elapsed();
    if (!result) {
        if (result.error().code != ErrorCode::Canceled)
            Q_EMIT failed(result.error());
        Q_EMIT finished(false);
        return;
    }
    m_result = std::make_unique<EnrichmentResult>(std::move(*result));
    Q_EMIT resultChanged();
    Q_EMIT layerChanged();
    Q_EMIT finished(true);
}

TextLayerPtr EnrichmentController::layer() const
{
    return m_result && m_result->layer ? m_result->layer : m_raw;
}

void EnrichmentController::setText(quint32 message, const QString &key, const QString &text)
{
    m_edits.setText(message, key, text);
    applyEdits();
}

void EnrichmentController::clearItem(quint32 message, const QString &key)
{
    m_edits.clear(message, key);
    applyEdits();
}

void EnrichmentController::resetItem(quint32 message, const QString &key)
{
    m_edits.reset(message, key);
    applyEdits();
}

void EnrichmentController::applyEdits()
{
    if (const ChatExportPtr &ex = m_session->chatExport()) {
        QJsonObject state = m_session->state().enrichment;
        state.insert(kEditsKey, m_edits.toJson(ex->messages));
        m_session->setEnrichment(state);
    }
    if (m_result) {
        EnrichmentLayerBuilder::rebuild(*m_result, m_raw, m_edits);
    }
    Q_EMIT editsChanged();
    Q_EMIT layerChanged();
}

} // namespace idiolect
