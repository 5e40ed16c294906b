// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalogues.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace idiolect::catalogues {

namespace {

const auto kPrefix = u"idiolect_"_s;

} // namespace

QString directory()
{
    return u":/i18n"_s;
}

QString baseName(const QString &language)
{
    return kPrefix + language;
}

QString sourceLanguage()
{
    return u"en"_s;
}

QStringList availableLanguages()
{
    QStringList languages{sourceLanguage()};
    const QStringList files = QDir(directory()).entryList({kPrefix + u"*.qm"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(kPrefix.size()).chopped(3);
        if (!languages.contains(language))
            languages.append(language);
    }
    languages.sort();
    return languages;
}

} // namespace idiolect::catalogues
