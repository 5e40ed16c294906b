// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace idiolect {

/**
 * @brief Picks the user-interface language and installs the matching translators.
 *
 * Both executables embed Idiolect's compiled translations under `:/i18n`
 * (`idiolect_<lang>.qm`, built from the `.ts` files in `translations/`). install() loads the
 * best one for the system's preferred languages (LANGUAGE, LC_ALL, LC_MESSAGES,
 * LANG on Unix) or for an explicit override from the settings, plus Qt's own
 * `qtbase_<lang>.qm` so standard dialogs and command-line parser messages
 * match. English is the source language; its catalogue only carries plural
 * forms, so it is loaded whenever no other language applies.
 *
 * Call install() after the QCoreApplication exists, and again whenever the
 * override changes (widgets then get a QEvent::LanguageChange).
 */
class AppTranslator final
{
public:
    AppTranslator() = delete;

    /** Language codes ("de", "en") with an embedded catalogue, sorted. */
    [[nodiscard]] static QStringList availableLanguages();

    /**
     * The language to use: @p override if it names an available language,
     * otherwise the first of @p uiLanguages (BCP 47 names such as "de-AT", in
     * order of preference) that is available, otherwise "en". An empty override
     * or "system" means "follow the system".
     */
    [[nodiscard]] static QString chooseLanguage(const QStringList &uiLanguages,
                                                const QString &override);

    /**
     * Installs the translators for chooseLanguage(QLocale::system().uiLanguages(),
     * @p override), replacing any installed by an earlier call. When an override
     * differs from the system language, QLocale's default follows it so numbers
     * and dates match the text. Returns the language now in use.
     */
    static QString install(const QString &override = {});
};

} // namespace idiolect
