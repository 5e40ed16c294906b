// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QMenuBar;
class QWidget;

namespace idiolect {

class DiagnosticsDialog;
class DiagnosticsRecorder;
class EnrichmentController;
class EnrichmentDialog;
class EventLoopProbe;
class HowItWorksDialog;
class ImportController;
class JobTracker;
class PreferencesDialog;
class SecretStore;
class Session;
class Settings;

/**
 * The main window's preferences, enrichment, help and diagnostics:
 * Edit ▸ Preferences (Ctrl+,), Tools ▸ Enrich Now / Enrichment Results,
 * Help ▸ What Is Idiolect? and Help ▸ Diagnostics. Owns the actions, the
 * enrichment controller, the event-loop probe (running while jobs run) and the
 * diagnostics recorder;
 * puts the actions into the window's menus (found by object name) and opens
 * each dialog once (a second trigger raises it).
 */
class ExtrasController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtrasController)

public:
    static constexpr int kStatusMs = 8000;
    /** How long the event-loop probe keeps measuring after the last job ended. */
    static constexpr int kProbeGraceMs = 3000;

    ExtrasController(QWidget *window, Settings *settings, Session *session,
                     ImportController *importer, JobTracker *jobs);
    ~ExtrasController() override;

    /** Adds the actions to the "editMenu", "toolsMenu" and "helpMenu" menus of @p bar. */
    void install(QMenuBar *bar);
    /** Every action with its shortcut, for the shortcuts list. */
    [[nodiscard]] QList<QAction *> actions() const;

    /** Replaces the keychain (tests); not owned. */
    void setSecretStore(SecretStore *store);
    [[nodiscard]] SecretStore *secretStore();

    /**
     * Tools ▸ Enrich: runs enrichment with the user's settings. The first run of a
     * session that uses the network asks once, saying what would leave the computer.
     */
    void enrichNow();

    PreferencesDialog *showPreferences();
    HowItWorksDialog *showHowItWorks();
    EnrichmentDialog *showEnrichment();
    DiagnosticsDialog *showDiagnostics();

    [[nodiscard]] EnrichmentController *enrichment() const { return m_enrichment; }
    [[nodiscard]] DiagnosticsRecorder *diagnostics() const { return m_recorder; }
    [[nodiscard]] EventLoopProbe *probe() const { return m_probe; }

    QAction *preferencesAction() const { return m_preferences; }
    QAction *howItWorksAction() const { return m_howItWorks; }
    QAction *enrichAction() const { return m_enrich; }
    QAction *enrichmentResultsAction() const { return m_enrichmentResults; }
    QAction *diagnosticsAction() const { return m_diagnostics; }

private:
    void showStatus(const QString &text);
    void reportRun(bool ok);

    QWidget *m_window;
    Settings *m_settings;
    Session *m_session;
    SecretStore *m_secrets = nullptr;
    EnrichmentController *m_enrichment;
    EventLoopProbe *m_probe;
    DiagnosticsRecorder *m_recorder;
    QTimer m_probeGrace;
    bool m_networkConfirmed = false;
    QAction *m_preferences;
    QAction *m_howItWorks;
    QAction *m_enrich;
    QAction *m_enrichmentResults;
    QAction *m_diagnostics;
    QPointer<PreferencesDialog> m_preferencesDialog;
    QPointer<HowItWorksDialog> m_howItWorksDialog;
    QPointer<EnrichmentDialog> m_enrichmentDialog;
    QPointer<DiagnosticsDialog> m_diagnosticsDialog;
};

} // namespace idiolect
