// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace idiolect::test {

/** One <message> of a Qt Linguist .ts file. */
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; ///< One entry, or one per plural form.
};

/** Reads every message of a .ts file; sets *error and returns {} when it is not valid XML. */
QList<TsMessage> readTsFile(const QString &path, QString *error);

/** The placeholders (%1 … %99, %L1, %n) of @p text, sorted, duplicates kept. */
QStringList placeholders(const QString &text);

} // namespace idiolect::test
