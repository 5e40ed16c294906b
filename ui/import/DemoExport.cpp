// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoExport.h"

#include "common/SafeWrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

const auto kCopyPrefix = u"demo-export-"_s;

const auto kRoot = ":/demo"_L1;

QStringList demoFiles()
{
    QStringList files;
    QDirIterator it(kRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

/** Identifies the embedded demo's contents (names and sizes), so an update re-extracts. */
QString fingerprint(const QStringList &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &f : files) {
        hash.addData(f.toUtf8());
        hash.addData(QByteArray::number(QFileInfo(f).size()));
    }
    return QString::fromLatin1(hash.result().toHex().left(12));
}

} // namespace

bool DemoExport::isAvailable()
{
    return !demoFiles().isEmpty();
}

Expected<QString> DemoExport::extract(const QString &cacheDir)
{
    const QStringList files = demoFiles();
    if (files.isEmpty())
        return Error::make(ErrorCode::NotFound, tr("This build does not include the demo export."));
    const QString base = cacheDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        : cacheDir;
    const QString target = base + u'/' + kCopyPrefix + fingerprint(files);
    const QString marker = target + u"/.complete"_s;
    if (QFile::exists(marker))
        return target;
    for (const QString &f : files) {
        const QString relative = f.mid(kRoot.size() + 1);
        const QString out = target + u'/' + relative;
        if (!QDir().mkpath(QFileInfo(out).absolutePath()))
            return Error::make(ErrorCode::WriteFailed,
                               tr("The demo export could not be copied to the cache folder."),
                               QFileInfo(out).absolutePath());
        QFile in(f);
        QSaveFile save(out);
        if (!in.open(QIODevice::ReadOnly) || !save.open(QIODevice::WriteOnly)
            || !writeFully(save, in.readAll()) || !commitSaveFile(save))
            return Error::make(ErrorCode::WriteFailed,
                               tr("The demo export could not be copied to the cache folder."), out);
    }
    QSaveFile done(marker);
    if (!done.open(QIODevice::WriteOnly) || !commitSaveFile(done))
        return Error::make(ErrorCode::WriteFailed,
                           tr("The demo export could not be copied to the cache folder."), marker);
    return target;
}

bool DemoExport::isExtractedCopy(const QString &path)
{
    return QFileInfo(path).fileName().startsWith(kCopyPrefix);
}

} // namespace idiolect
