// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "EnrichmentPreferencesPage.h"
#include "GeneralPreferencesPage.h"
#include "settings/Settings.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

PreferencesDialog::PreferencesDialog(Settings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_tabs(new QTabWidget(this)),
      m_general(new GeneralPreferencesPage(this)),
      m_enrichment(new EnrichmentPreferencesPage(secrets, this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_tabs->addTab(m_general, tr("General"));
    // The enrichment tab is long; it scrolls at large scale factors instead of growing the dialog.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_enrichment);
    m_tabs->addTab(scroll, tr("Enrichment"));

    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    connect(m_enrichment, &EnrichmentPreferencesPage::validityChanged, this,
            &PreferencesDialog::updateValidity);

    m_general->load(*settings);
    m_enrichment->load(settings->enrichment(), settings->enrichmentCachePath());
    const int em = fontMetrics().averageCharWidth();
    resize(std::max(sizeHint().width(), em * 100),
           std::max(sizeHint().height(), fontMetrics().lineSpacing() * 38));
}

void PreferencesDialog::showEnrichment()
{
    m_tabs->setCurrentIndex(1);
}

void PreferencesDialog::updateValidity()
{
    const QString problem = m_enrichment->validationError();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, Theme::toneColor(palette(), Theme::Tone::Negative));
    m_problem->setPalette(pal);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(problem.isEmpty());
}

void PreferencesDialog::apply()
{
    if (!m_enrichment->validationError().isEmpty())
        return;
    m_settings->setLanguage(m_general->language());
    m_settings->setUseImportCache(m_general->useImportCache());
    if (m_settings->colorScheme() != m_general->colorScheme()) {
        m_settings->setColorScheme(m_general->colorScheme());
        Theme::apply(m_general->colorScheme());
    }
    m_settings->setEnrichment(m_enrichment->settings());
    m_enrichment->saveKey();
    m_settings->sync();
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace idiolect
