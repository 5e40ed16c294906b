// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaintextMedia.h"

#include "ZipArchive.h"
#include "common/ComputePool.h"
#include "common/JobContext.h"
#include "common/SafeWrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString stemOf(const QString &relativePath)
{
    QString name = relativePath.section(u'/', -1);
    const qsizetype dot = name.indexOf(u'.');
    if (dot > 0)
        name.truncate(dot);
    return name.toLower();
}

bool hashDevice(QIODevice &device, QCryptographicHash &hash)
{
    char buffer[256 * 1024];
    while (true) {
        const qint64 n = device.read(buffer, sizeof buffer);
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        hash.addData(QByteArrayView(buffer, qsizetype(n)));
    }
}

} // namespace

PlaintextMedia::~PlaintextMedia() = default;
PlaintextMedia::PlaintextMedia(PlaintextMedia &&) noexcept = default;
PlaintextMedia &PlaintextMedia::operator=(PlaintextMedia &&) noexcept = default;

void PlaintextMedia::addFile(const QString &relativePath, qint64 size, qsizetype zipIndex)
{
    const auto index = qsizetype(m_files.size());
    m_files.push_back(File{relativePath, size, zipIndex, {}});
    const QString stem = stemOf(relativePath);
    if (!stem.isEmpty() && !m_byStem.contains(stem))
        m_byStem.insert(stem, index);
}

PlaintextMedia PlaintextMedia::fromFolder(const QString &root)
{
    PlaintextMedia media;
    media.m_root = root;
    const QDir dir(root);
    if (!dir.exists(u"files"_s))
        return media;
    QStringList paths;
    QDirIterator it(dir.filePath(u"files"_s), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(dir.relativeFilePath(it.next()));
    paths.sort(); // directory order differs between file systems; the index must not
    for (const QString &p : std::as_const(paths))
        media.addFile(p, QFileInfo(dir.filePath(p)).size(), -1);
    return media;
}

PlaintextMedia PlaintextMedia::fromZip(std::shared_ptr<const ZipArchive> zip, const QString &prefix,
                                       const QString &extractDir)
{
    PlaintextMedia media;
    media.m_zip = std::move(zip);
    media.m_extractDir = extractDir;
    const QString folder = prefix + u"files/"_s;
    const auto &entries = media.m_zip->entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        const ZipEntry &e = entries[i];
        if (e.name.startsWith(folder) && !e.isDirectory())
            media.addFile(e.name.mid(prefix.size()), e.size, qsizetype(i));
    }
    return media;
}

QByteArray PlaintextMedia::hashFile(const File &file) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (m_zip) {
        auto device = m_zip->openEntry(file.zipIndex);
        if (!device || !hashDevice(**device, hash))
            return {};
    } else {
        QFile f(QDir(m_root).filePath(file.relativePath));
        if (!f.open(QIODevice::ReadOnly) || !hashDevice(f, hash))
            return {};
    }
    return hash.result();
}

std::vector<qsizetype> PlaintextMedia::resolve(const std::vector<Wanted> &wanted, JobContext &job)
{
    std::vector<qsizetype> found(wanted.size(), -1);
    if (m_files.empty())
        return found;
    QSet<qint64> sizes;
    for (size_t i = 0; i < wanted.size(); ++i) {
        const Wanted &w = wanted[i];
        if (!w.plaintextHash.isEmpty() && !w.localKey.isEmpty()) {
            const QByteArray name
                = QCryptographicHash::hash(QByteArray(w.plaintextHash + w.localKey),
                                           QCryptographicHash::Sha256)
                      .toHex();
            found[i] = m_byStem.value(QString::fromLatin1(name), -1);
        }
        if (found[i] < 0 && !w.plaintextHash.isEmpty())
            sizes.insert(w.size);
    }
    if (sizes.isEmpty())
        return found;

    // Fallback: hash only files whose size some unresolved attachment states (or all, if a
    // pointer does not state its size).
    const bool anySize = sizes.contains(-1) || sizes.contains(0);
    std::vector<qsizetype> candidates;
    qint64 totalBytes = 0;
    for (size_t f = 0; f < m_files.size(); ++f) {
        if (m_files[f].sha256.isEmpty() && (anySize || sizes.contains(m_files[f].size))) {
            candidates.push_back(qsizetype(f));
            totalBytes += m_files[f].size;
        }
    }
    std::atomic<qint64> doneBytes{0};
    QtConcurrent::blockingMap(ComputePool::instance(), candidates, [&](qsizetype &f) {
        if (job.isCanceled())
            return;
        File &file = m_files[size_t(f)];
        file.sha256 = hashFile(file);
        job.setProgress(doneBytes.fetch_add(file.size) + file.size, totalBytes);
    });
    m_hashed += qint64(candidates.size());
    QHash<QByteArray, qsizetype> byHash;
    for (size_t f = 0; f < m_files.size(); ++f) {
        if (!m_files[f].sha256.isEmpty() && !byHash.contains(m_files[f].sha256))
            byHash.insert(m_files[f].sha256, qsizetype(f));
    }
    for (size_t i = 0; i < wanted.size(); ++i) {
        if (found[i] < 0 && !wanted[i].plaintextHash.isEmpty())
            found[i] = byHash.value(wanted[i].plaintextHash, -1);
    }
    return found;
}

QString PlaintextMedia::localPath(qsizetype index)
{
    if (index < 0 || index >= fileCount())
        return {};
    const File &file = m_files[size_t(index)];
    if (!m_zip)
        return QDir(m_root).absoluteFilePath(file.relativePath);
    if (m_extractDir.isEmpty())
        return {};
    // The name is Signal's hash (plus extension); keep only that, never directories from the ZIP.
    const QString name = file.relativePath.section(u'/', -1);
    if (name.isEmpty() || name.startsWith(u'.'))
        return {};
    const QString target = QDir(m_extractDir).absoluteFilePath(name);
    if (QFileInfo(target).size() == file.size && QFileInfo::exists(target))
        return target;
    if (!QDir().mkpath(m_extractDir))
        return {};
    auto device = m_zip->openEntry(file.zipIndex);
    if (!device)
        return {};
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    char buffer[256 * 1024];
    while (true) {
        const qint64 n = (*device)->read(buffer, sizeof buffer);
        if (n < 0) {
            out.cancelWriting();
            return {};
        }
        if (n == 0)
            break;
        if (!writeFully(out, QByteArrayView(buffer, n))) {
            out.cancelWriting();
            return {};
        }
    }
    return commitSaveFile(out) ? target : QString();
}

Expected<QByteArray> PlaintextMedia::read(qsizetype index, qint64 maxBytes) const
{
    if (index < 0 || index >= fileCount())
        return Error::make(ErrorCode::NotFound, tr("The attachment file is not in the export."));
    const File &file = m_files[size_t(index)];
    if (m_zip)
        return m_zip->readEntry(file.zipIndex, maxBytes);
    QFile f(QDir(m_root).filePath(file.relativePath));
    if (f.size() > maxBytes)
        return Error::make(ErrorCode::InvalidValue, tr("The attachment file is too large."),
                           f.fileName());
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Unreadable, tr("The attachment file cannot be read."),
                           f.fileName());
    return f.readAll();
}

} // namespace idiolect
