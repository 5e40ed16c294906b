// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFingerprint.h"

#include "ByteReader.h"
#include "ByteWriter.h"
#include "common/FastHash.h"
#include "common/MappedFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace idiolect {

namespace {

QDir rootOf(const QString &exportPath)
{
    const QFileInfo info(exportPath);
    return info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
}

InputFingerprint::Entry entryFor(const QFileInfo &info, const QString &name)
{
    InputFingerprint::Entry e;
    e.name = name;
    e.size = info.size();
    e.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    return e;
}

void writeEntries(const std::vector<InputFingerprint::Entry> &entries, ByteWriter &out)
{
    out.value(quint32(entries.size()));
    for (const auto &e : entries) {
        out.string(e.name);
        out.value(e.size);
        out.value(e.modifiedMs);
        out.value(e.contentHash);
    }
}

bool readEntries(ByteReader &in, std::vector<InputFingerprint::Entry> &entries)
{
    const auto count = in.value<quint32>();
    if (!in.fits(count, 28))
        return in.fail();
    entries.resize(count);
    for (auto &e : entries) {
        e.name = in.string();
        e.size = in.value<qint64>();
        e.modifiedMs = in.value<qint64>();
        e.contentHash = in.value<quint64>();
    }
    return in.ok();
}

} // namespace

InputFingerprint InputFingerprint::listingOf(const QString &exportPath)
{
    InputFingerprint fp;
    const QFileInfo info(exportPath);
    if (!info.isDir()) {
        fp.listing.push_back(entryFor(info, info.fileName()));
        return fp;
    }
    const QDir dir(info.absoluteFilePath());
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name))
        fp.listing.push_back(entryFor(entry, entry.fileName()));
    return fp;
}

bool InputFingerprint::hashContents(const QString &exportPath, const QStringList &files)
{
    const QDir root = rootOf(exportPath);
    contents.clear();
    QStringList names = files;
    const QFileInfo info(exportPath);
    if (!info.isDir()) {
        // A database, ZIP or single table: the file itself, plus the tables beside it the
        // import read (entries inside a ZIP are not files and are covered by the ZIP).
        names.removeIf([&](const QString &name) { return !QFileInfo(root, name).isFile(); });
        names.removeAll(info.fileName());
        names.prepend(info.fileName());
    }
    for (const QString &name : std::as_const(names)) {
        const QString path = root.filePath(name);
        auto mapped = MappedFile::open(path);
        if (!mapped)
            return false;
        Entry e = entryFor(QFileInfo(path), name);
        e.contentHash = FastHash::of((*mapped)->data());
        contents.push_back(e);
    }
    return true;
}

void InputFingerprint::write(ByteWriter &out) const
{
    writeEntries(listing, out);
    writeEntries(contents, out);
}

bool InputFingerprint::read(ByteReader &in)
{
    return readEntries(in, listing) && readEntries(in, contents);
}

} // namespace idiolect
