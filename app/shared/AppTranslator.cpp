// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTranslator.h"

#include "common/Catalogues.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

// The translators install() put in place, so the next call can replace them.
QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
bool g_localeOverridden = false;

void removeInstalled()
{
    for (QPointer<QTranslator> *t : {&g_appTranslator, &g_qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

/** "de-AT" / "de_AT" / "de" → "de"; "C" and "" stay as they are. */
QString languageOf(const QString &name)
{
    return name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

} // namespace

QStringList AppTranslator::availableLanguages()
{
    return catalogues::availableLanguages();
}

QString AppTranslator::chooseLanguage(const QStringList &uiLanguages, const QString &override)
{
    const QStringList available = availableLanguages();
    const QString wanted = languageOf(override);
    if (available.contains(wanted))
        return wanted;
    for (const QString &name : uiLanguages) {
        const QString language = languageOf(name);
        if (available.contains(language))
            return language;
    }
    return catalogues::sourceLanguage();
}

QString AppTranslator::install(const QString &override)
{
    const QLocale system = QLocale::system();
    const QString language = chooseLanguage(system.uiLanguages(), override);
    removeInstalled();

    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(catalogues::baseName(language), catalogues::directory())) {
        QCoreApplication::installTranslator(own);
        g_appTranslator = own;
    } else {
        delete own;
    }

    // Qt's catalogues are optional (qt6-translations-l10n); English needs none.
    if (language != catalogues::sourceLanguage()) {
        auto *qt = new QTranslator(app);
        if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            g_qtTranslator = qt;
        } else {
            delete qt;
        }
    }

    // An explicit choice of another language also switches number and date formats.
    const bool overridden = languageOf(override) == language;
    if (overridden && languageOf(system.name()) != language) {
        QLocale::setDefault(QLocale(language));
        g_localeOverridden = true;
    } else if (g_localeOverridden) {
        QLocale::setDefault(system);
        g_localeOverridden = false;
    }
    return language;
}

} // namespace idiolect
