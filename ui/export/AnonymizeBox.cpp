// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnonymizeBox.h"

#include "generation/GenerationController.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

AnonymizeBox::AnonymizeBox(GenerationController *generation, QWidget *parent)
    : QGroupBox(tr("Personal data"), parent),
      m_generation(generation),
      m_check(new QCheckBox(tr("&Replace names, numbers and addresses (recommended)"), this)),
      m_help(new QLabel(this))
{
    m_check->setObjectName(u"anonymizeCheck"_s);
    m_check->setToolTip(tr("People get stable pseudonyms; phone numbers, e-mail addresses, "
                           "IBANs and similar become placeholders. The preview and the review "
                           "show the replaced text too."));
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_help->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_check);
    layout->addWidget(m_help);

    connect(m_check, &QCheckBox::toggled, m_generation, &GenerationController::setAnonymize);
    connect(m_generation, &GenerationController::anonymizeChanged, this, &AnonymizeBox::refresh);
    connect(m_help, &QLabel::linkActivated, this, &AnonymizeBox::privacyRequested);
    refresh();
}

void AnonymizeBox::refresh()
{
    const bool on = m_generation->anonymize();
    {
        const QSignalBlocker blocker(m_check);
        m_check->setChecked(on);
    }
    m_help->setText(on ? tr("Everything runs on this computer. <a href=\"privacy\">Check the "
                            "replacements</a> on the Privacy page.")
                       : tr("<b>The file will contain real names and numbers</b> of the people "
                            "you chat with. Only share it if they agreed."));
}

} // namespace idiolect
