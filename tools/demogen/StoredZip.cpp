// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredZip.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

void le(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

} // namespace

bool StoredZip::pack(const QString &folder, const QString &zipPath, const QString &prefix,
                     QString *error)
{
    const QDir root(folder);
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    files.sort();

    QSaveFile zip(zipPath);
    if (!zip.open(QIODevice::WriteOnly)) {
        *error = zipPath + u": "_s + zip.errorString();
        return false;
    }
    QByteArray directory;
    quint32 offset = 0;
    for (const QString &relative : std::as_const(files)) {
        QFile f(root.filePath(relative));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.fileName() + u": "_s + f.errorString();
            return false;
        }
        const QByteArray data = f.readAll();
        const QByteArray name = (prefix + relative).toUtf8();
        const auto crc = quint32(
            crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        // Version 2.0, UTF-8 names, stored, fixed date 2026-01-01 00:00.
        QByteArray shared;
        le(shared, 20, 2);
        le(shared, 0x0800, 2);
        le(shared, 0, 2);
        le(shared, 0, 2);
        le(shared, (46u << 9) | (1u << 5) | 1u, 2);
        le(shared, crc, 4);
        le(shared, quint32(data.size()), 4);
        le(shared, quint32(data.size()), 4);
        le(shared, quint32(name.size()), 2);
        le(shared, 0, 2);
        QByteArray local;
        le(local, 0x04034b50, 4);
        local += shared + name;
        le(directory, 0x02014b50, 4);
        le(directory, 0x0314, 2);
        directory += shared;
        le(directory, 0, 2); // comment length
        le(directory, 0, 2); // disk
        le(directory, 0, 2); // internal attributes
        le(directory, 0100644u << 16, 4);
        le(directory, offset, 4);
        directory += name;
        if (zip.write(local) != local.size() || zip.write(data) != data.size()) {
            *error = zipPath + u": "_s + zip.errorString();
            return false;
        }
        offset += quint32(local.size() + data.size());
    }
    QByteArray end;
    le(end, 0x06054b50, 4);
    le(end, 0, 4);
    le(end, quint32(files.size()), 2);
    le(end, quint32(files.size()), 2);
    le(end, quint32(directory.size()), 4);
    le(end, offset, 4);
    le(end, 0, 2);
    if (zip.write(directory) != directory.size() || zip.write(end) != end.size() || !zip.commit()) {
        *error = zipPath + u": "_s + zip.errorString();
        return false;
    }
    return true;
}

} // namespace idiolect::demogen
