// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * Idiolect's translation catalogues as the executables embed them: `:/i18n/idiolect_<code>.qm`,
 * built from the `.ts` files in `translations/`. One place for the layout, so the translator
 * that loads a catalogue (app/shared/AppTranslator) and the preferences that offer the
 * languages agree.
 */
namespace idiolect::catalogues {

/** The resource folder of the catalogues. */
QString directory();
/** A catalogue's file name without ".qm" for @p language ("idiolect_de"). */
QString baseName(const QString &language);
/** The source language; always available (its catalogue carries only plural forms). */
QString sourceLanguage();
/** Language codes with an embedded catalogue plus the source language, sorted ("de", "en"). */
QStringList availableLanguages();

} // namespace idiolect::catalogues
