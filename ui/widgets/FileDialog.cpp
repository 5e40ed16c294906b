// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialog.h"

#include <QFileDialog>

namespace idiolect {

QQueue<QString> &FileDialog::results()
{
    static QQueue<QString> queue;
    return queue;
}

bool FileDialog::takeQueued(QString *path)
{
    if (results().isEmpty())
        return false;
    *path = results().dequeue();
    return true;
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    QString path;
    if (takeQueued(&path))
        return path;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter)
{
    QString path;
    if (takeQueued(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                 const QString &filter)
{
    QString queued;
    if (takeQueued(&queued))
        return queued;
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

void FileDialog::setNextResult(const QString &path)
{
    results().enqueue(path);
}

void FileDialog::resetForTests()
{
    results().clear();
}

} // namespace idiolect
