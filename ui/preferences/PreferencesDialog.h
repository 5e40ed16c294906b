// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace idiolect {

class EnrichmentPreferencesPage;
class GeneralPreferencesPage;
class SecretStore;
class Settings;

/**
 * Edit ▸ Preferences: language, appearance and enrichment. OK and Apply
 * write the typed Settings (the colour scheme applies at once, the language
 * at the next start); the API key goes to the SecretStore.
 */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(Settings *settings, SecretStore *secrets, QWidget *parent = nullptr);

    /** Writes every choice to the settings (and the key to the keychain). */
    void apply();
    void showEnrichment();

    [[nodiscard]] GeneralPreferencesPage *generalPage() const { return m_general; }
    [[nodiscard]] EnrichmentPreferencesPage *enrichmentPage() const { return m_enrichment; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updateValidity();

    Settings *m_settings;
    QTabWidget *m_tabs;
    GeneralPreferencesPage *m_general;
    EnrichmentPreferencesPage *m_enrichment;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace idiolect
