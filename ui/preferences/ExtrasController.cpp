// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtrasController.h"

#include "KeychainSecretStore.h"
#include "PreferencesDialog.h"
#include "diagnostics/DiagnosticsDialog.h"
#include "diagnostics/DiagnosticsRecorder.h"
#include "diagnostics/EventLoopProbe.h"
#include "enrich/EnrichmentController.h"
#include "enrich/EnrichmentDialog.h"
#include "enrich/EnrichmentDisclosure.h"
#include "enrich/EnrichmentParams.h"
#include "help/HowItWorksDialog.h"
#include "import/ImportController.h"
#include "jobs/JobTracker.h"
#include "project/Session.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

template<typename Dialog, typename Make>
Dialog *raiseOrOpen(QPointer<Dialog> &slot, Make make)
{
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

} // namespace

ExtrasController::ExtrasController(QWidget *window, Settings *settings, Session *session,
                                   ImportController *importer, JobTracker *jobs)
    : QObject(window),
      m_window(window),
      m_settings(settings),
      m_session(session),
      m_enrichment(new EnrichmentController(session, settings, jobs, this)),
      m_probe(new EventLoopProbe(this)),
      m_recorder(new DiagnosticsRecorder(this)),
      m_preferences(new QAction(tr("&Preferences\u2026"), window)),
      m_howItWorks(new QAction(tr("&What Is Idiolect?"), window)),
      m_enrich(new QAction(tr("&Enrich Links and Photos"), window)),
      m_enrichmentResults(new QAction(tr("Enrichment &Results\u2026"), window)),
      m_diagnostics(new QAction(tr("&Diagnostics"), window))
{
    m_recorder->watchImports(importer, session);
    m_recorder->watchEnrichment(m_enrichment);
    m_recorder->setProbe(m_probe);
    connect(importer, &ImportController::started, this,
            [this] { m_probe->mark(u"import started"_s); });
    connect(importer, &ImportController::succeeded, this,
            [this] { m_probe->mark(u"import result"_s); });
    // The probe measures while work runs (and a moment after, when results reach the UI);
    // an idle window is not woken 50 times a second for nothing.
    m_probeGrace.setSingleShot(true);
    m_probeGrace.setInterval(kProbeGraceMs);
    connect(&m_probeGrace, &QTimer::timeout, m_probe, &EventLoopProbe::stop);
    connect(jobs, &JobTracker::jobsChanged, this, [this, jobs] {
        if (jobs->isBusy()) {
            m_probeGrace.stop();
            m_probe->start();
        } else {
            m_probeGrace.start();
        }
    });
    m_enrichment->setSecretStore(secretStore());
    m_enrich->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_enrich->setStatusTip(tr("Add the text behind shared links and describe photos, as set in "
                              "the preferences"));
    m_enrichmentResults->setStatusTip(tr("See and edit what enrichment added"));
    m_diagnostics->setStatusTip(tr("Timings, counts, memory and responsiveness"));
    connect(m_enrich, &QAction::triggered, this, &ExtrasController::enrichNow);
    connect(m_enrichmentResults, &QAction::triggered, this, [this] { showEnrichment(); });
    connect(m_diagnostics, &QAction::triggered, this, [this] { showDiagnostics(); });
    const auto updateEnabled = [this] {
        const bool has = m_session->hasExport();
        m_enrich->setEnabled(has);
        m_enrichmentResults->setEnabled(has);
    };
    connect(session, &Session::exportChanged, this, updateEnabled);
    updateEnabled();
    connect(m_enrichment, &EnrichmentController::finished, this, &ExtrasController::reportRun);
    connect(m_enrichment, &EnrichmentController::failed, this, [this](const Error &error) {
        showStatus(tr("Enrichment failed: %1").arg(error.message));
    });

    m_preferences->setObjectName(u"preferences"_s);
    m_howItWorks->setObjectName(u"howItWorks"_s);
    m_diagnostics->setObjectName(u"diagnostics"_s);
    m_enrichmentResults->setObjectName(u"enrichmentResults"_s);
    m_preferences->setShortcuts(QKeySequence::Preferences);
    if (m_preferences->shortcut().isEmpty())
        m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setStatusTip(tr("Language, appearance and enrichment"));
    m_howItWorks->setStatusTip(
        tr("Windows, episodes, bursts and anonymization explained in plain words"));
    for (QAction *a : actions())
        window->addAction(a);
    connect(m_preferences, &QAction::triggered, this, [this] { showPreferences(); });
    connect(m_howItWorks, &QAction::triggered, this, [this] { showHowItWorks(); });
}

ExtrasController::~ExtrasController() = default;

void ExtrasController::install(QMenuBar *bar)
{
    if (auto *edit = bar->findChild<QMenu *>(u"editMenu"_s)) {
        edit->addSeparator();
        edit->addAction(m_preferences);
    }
    if (auto *tools = bar->findChild<QMenu *>(u"toolsMenu"_s)) {
        const QList<QAction *> existing = tools->actions();
        QAction *before = existing.value(existing.size() - 1); // keep "Cancel" last
        tools->insertAction(before, m_enrich);
        tools->insertAction(before, m_enrichmentResults);
        tools->insertSeparator(before);
    }
    if (auto *help = bar->findChild<QMenu *>(u"helpMenu"_s)) {
        const QList<QAction *> existing = help->actions();
        help->insertAction(existing.value(0), m_howItWorks);
        help->insertAction(existing.value(0), m_diagnostics);
    }
}

QList<QAction *> ExtrasController::actions() const
{
    return {m_preferences, m_enrich, m_enrichmentResults, m_howItWorks, m_diagnostics};
}

void ExtrasController::setSecretStore(SecretStore *store)
{
    m_secrets = store;
    m_enrichment->setSecretStore(store);
}

SecretStore *ExtrasController::secretStore()
{
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    return m_secrets;
}

void ExtrasController::enrichNow()
{
    const EnrichmentParams params = m_enrichment->params(true);
    if (EnrichmentDisclosure::leavesComputer(params) && !m_networkConfirmed) {
        const auto answer = MessageBox::question(
            m_window, tr("Use the Internet?"),
            tr("%1 Your messages, names and phone numbers are never sent. Continue?")
                .arg(EnrichmentDisclosure::summary(params)),
            MessageBox::Buttons(MessageBox::Button::Yes | MessageBox::Button::Cancel),
            MessageBox::Button::Yes);
        if (answer != MessageBox::Button::Yes)
            return;
        m_networkConfirmed = true; // once per session; the preferences say it all the time
    }
    m_enrichment->run();
}

void ExtrasController::showStatus(const QString &text)
{
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(text, kStatusMs);
}

void ExtrasController::reportRun(bool ok)
{
    const EnrichmentResult *result = m_enrichment->result();
    if (!ok || !result || !m_enrichment->lastRunUsedNetwork())
        return; // the automatic offline pass stays quiet
    const EnrichmentSummary &s = result->summary;
    showStatus(tr("Enrichment finished: %Ln message(s) changed; %1 posts and %2 photos could not "
                  "be loaded.",
                  nullptr, int(s.enhancedMessages))
                   .arg(s.tweetsFailed)
                   .arg(s.imagesFailed));
}

PreferencesDialog *ExtrasController::showPreferences()
{
    return raiseOrOpen(m_preferencesDialog, [this] {
        return new PreferencesDialog(m_settings, secretStore(), m_window);
    });
}

HowItWorksDialog *ExtrasController::showHowItWorks()
{
    return raiseOrOpen(m_howItWorksDialog, [this] { return new HowItWorksDialog(m_window); });
}

} // namespace idiolect

namespace idiolect {

EnrichmentDialog *ExtrasController::showEnrichment()
{
    return raiseOrOpen(m_enrichmentDialog, [this] {
        auto *dialog = new EnrichmentDialog(m_enrichment, m_window);
        connect(dialog, &EnrichmentDialog::runRequested, this, &ExtrasController::enrichNow);
        connect(dialog, &EnrichmentDialog::settingsRequested, this,
                [this] { showPreferences()->showEnrichment(); });
        return dialog;
    });
}

DiagnosticsDialog *ExtrasController::showDiagnostics()
{
    return raiseOrOpen(m_diagnosticsDialog,
                       [this] { return new DiagnosticsDialog(m_recorder, m_probe, m_window); });
}

} // namespace idiolect
