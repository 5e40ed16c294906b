// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQueue>
#include <QString>

class QWidget;

namespace idiolect {

/**
 * The only way the app asks for paths, so tests can script the answers.
 *
 * A queued result (setNextResult) is returned instead of showing a dialog;
 * an empty string means "the user canceled".
 */
class FileDialog final
{
public:
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                const QString &filter);

    static void setNextResult(const QString &path);
    static void resetForTests();

private:
    static bool takeQueued(QString *path);
    static QQueue<QString> &results();
};

} // namespace idiolect
