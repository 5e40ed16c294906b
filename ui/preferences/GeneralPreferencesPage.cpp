// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneralPreferencesPage.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString nativeName(const QString &code)
{
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return name;
}

} // namespace

QStringList GeneralPreferencesPage::availableLanguages()
{
    // The catalogues AppTranslator loads: ":/i18n/idiolect_<code>.qm".
    const auto prefix = u"idiolect_"_s;
    QStringList codes{u"en"_s};
    const QStringList files = QDir(u":/i18n"_s).entryList({prefix + u"*.qm"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(prefix.size()).chopped(3);
        if (!codes.contains(code))
            codes.append(code);
    }
    codes.sort();
    return codes;
}

GeneralPreferencesPage::GeneralPreferencesPage(QWidget *parent)
    : QWidget(parent), m_language(new QComboBox(this)), m_scheme(new QComboBox(this))
{
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language"), u"system"_s);
    for (const QString &code : availableLanguages())
        m_language->addItem(nativeName(code), code);

    m_scheme->setObjectName(u"colorScheme"_s);
    m_scheme->addItem(tr("Follow the system"), int(Settings::ColorScheme::System));
    m_scheme->addItem(tr("Light"), int(Settings::ColorScheme::Light));
    m_scheme->addItem(tr("Dark"), int(Settings::ColorScheme::Dark));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    auto *note
        = new QLabel(tr("A new language takes effect the next time you start Idiolect."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    form->addRow(tr("&Appearance:"), m_scheme);
}

void GeneralPreferencesPage::load(const Settings &settings)
{
    const int language = m_language->findData(settings.language());
    m_language->setCurrentIndex(std::max(0, language));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(int(settings.colorScheme()))));
}

QString GeneralPreferencesPage::language() const
{
    return m_language->currentData().toString();
}

Settings::ColorScheme GeneralPreferencesPage::colorScheme() const
{
    return Settings::ColorScheme(m_scheme->currentData().toInt());
}

} // namespace idiolect
