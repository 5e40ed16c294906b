// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotCache.h"

#include "ByteReader.h"
#include "ByteWriter.h"
#include "InputFingerprint.h"
#include "SnapshotCodec.h"
#include "common/FastHash.h"
#include "common/MappedFile.h"
#include "import/ImportOptions.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstring>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr char kMagic[8] = {'I', 'D', 'L', 'S', 'N', 'A', 'P', '\n'};
constexpr quint32 kByteOrder = 0x01020304;

/** The fixed 48-byte file header. */
struct Header
{
    char magic[8];
    quint32 version;
    quint32 byteOrder;
    quint64 keyHash;
    quint64 payloadSize;
    quint64 payloadHash;
    quint64 reserved;
};
static_assert(sizeof(Header) == 48);

/** Everything that decides the imported model besides the files themselves. */
QString keyOf(const ImportOptions &options)
{
    return u"idiolect-snapshot|app=%1|import=%6|path=%2|self=%3|lenient=%4|zone=%5"_s.arg(
        QStringLiteral(IDIOLECT_VERSION_STRING), QFileInfo(options.path).absoluteFilePath(),
        options.selfOverride ? QString::number(*options.selfOverride) : u"-"_s,
        options.lenient ? u"1"_s : u"0"_s, QString::fromUtf8(options.localZone.id()),
        QString::number(SnapshotCache::kImportRevision));
}

quint64 keyHashOf(const QString &key)
{
    return FastHash::of(QByteArrayView(reinterpret_cast<const char *>(key.constData()),
                                       key.size() * qsizetype(sizeof(QChar))));
}

SnapshotLoad outcome(SnapshotStatus status, const QString &reason)
{
    return SnapshotLoad{status, {}, reason};
}

/** The snapshot files in @p dir (newest first with QDir::Time). */
QFileInfoList snapshotFiles(const QDir &dir, QDir::SortFlags sort = QDir::NoSort)
{
    return dir.entryInfoList({u"*.snapshot"_s}, QDir::Files, sort);
}

/** Keeps the kKeep most recently written snapshots. */
void prune(const QDir &dir)
{
    const QFileInfoList all = snapshotFiles(dir, QDir::Time);
    for (qsizetype i = SnapshotCache::kKeep; i < all.size(); ++i)
        QFile::remove(all[i].absoluteFilePath());
}

SnapshotLoad readSnapshot(const QString &file, const ImportOptions &options)
{
    auto mapped = MappedFile::open(file);
    if (!mapped)
        return outcome(SnapshotStatus::Corrupt, u"unreadable"_s);
    const QByteArrayView data = (*mapped)->data();
    Header h{};
    if (data.size() < qsizetype(sizeof(Header)))
        return outcome(SnapshotStatus::Corrupt, u"shorter than its header"_s);
    std::memcpy(&h, data.data(), sizeof(Header));
    if (std::memcmp(h.magic, kMagic, sizeof(kMagic)) != 0)
        return outcome(SnapshotStatus::Corrupt, u"not a snapshot file"_s);
    if (h.version != SnapshotCache::kFormatVersion || h.byteOrder != kByteOrder)
        return outcome(
            SnapshotStatus::WrongVersion,
            u"format version %1, expected %2"_s.arg(h.version).arg(SnapshotCache::kFormatVersion));
    const QString key = keyOf(options);
    if (h.keyHash != keyHashOf(key))
        return outcome(SnapshotStatus::Stale, u"written for another export or options"_s);
    const QByteArrayView payload = data.sliced(qsizetype(sizeof(Header)));
    if (h.payloadSize != quint64(payload.size()))
        return outcome(SnapshotStatus::Corrupt, u"truncated or padded"_s);
    if (h.payloadHash != FastHash::of(payload))
        return outcome(SnapshotStatus::Corrupt, u"checksum mismatch"_s);

    ByteReader in(payload);
    const QString storedKey = in.string();
    if (!in.ok())
        return outcome(SnapshotStatus::Corrupt, u"key section"_s);
    if (storedKey != key)
        return outcome(SnapshotStatus::Stale, u"written for another export or options"_s);
    InputFingerprint stored;
    if (!stored.read(in))
        return outcome(SnapshotStatus::Corrupt, u"fingerprint section"_s);
    InputFingerprint now = InputFingerprint::listingOf(options.path);
    if (now.listing != stored.listing)
        return outcome(SnapshotStatus::Stale, u"files of the export changed"_s);
    QStringList read;
    for (const auto &e : stored.contents)
        read.append(e.name);
    if (!now.hashContents(options.path, read) || now.contents != stored.contents)
        return outcome(SnapshotStatus::Stale, u"content of the export changed"_s);

    auto ex = std::make_shared<ChatExport>();
    QString why;
    if (!SnapshotCodec::decode(in, *ex, &why))
        return outcome(SnapshotStatus::Corrupt, u"invalid payload: "_s + why);
    return SnapshotLoad{SnapshotStatus::Hit, std::move(ex), {}};
}

} // namespace

QString SnapshotCache::directory(const ImportOptions &options)
{
    QString base = options.cacheDir;
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(u"snapshots"_s);
}

QString SnapshotCache::snapshotPath(const ImportOptions &options)
{
    const QString dir = directory(options);
    if (dir.isEmpty())
        return {};
    const quint64 name = keyHashOf(keyOf(options));
    return QDir(dir).filePath(QString::number(name, 16).rightJustified(16, u'0') + u".snapshot"_s);
}

SnapshotLoad SnapshotCache::load(const ImportOptions &options)
{
    const QString file = snapshotPath(options);
    if (file.isEmpty() || !QFileInfo::exists(file))
        return outcome(SnapshotStatus::Missing, u"no snapshot"_s);
    SnapshotLoad result = readSnapshot(file, options);
    if (result.status != SnapshotStatus::Hit)
        QFile::remove(file);
    return result;
}

Status SnapshotCache::save(const ImportOptions &options, const ChatExport &ex)
{
    const QString file = snapshotPath(options);
    if (file.isEmpty())
        return Error::make(ErrorCode::WriteFailed, tr("There is no cache folder."));
    InputFingerprint fingerprint = InputFingerprint::listingOf(options.path);
    if (!fingerprint.hashContents(options.path, ex.source.files))
        return Error::make(ErrorCode::Unreadable,
                           tr("The export could not be read again to fingerprint it."),
                           options.path);
    ByteWriter out(SnapshotCodec::estimateSize(ex));
    out.string(keyOf(options));
    fingerprint.write(out);
    SnapshotCodec::encode(ex, out);
    const QByteArray payload = out.take();

    Header h{};
    std::memcpy(h.magic, kMagic, sizeof(kMagic));
    h.version = kFormatVersion;
    h.byteOrder = kByteOrder;
    h.keyHash = keyHashOf(keyOf(options));
    h.payloadSize = quint64(payload.size());
    h.payloadHash = FastHash::of(payload);

    const QDir dir(directory(options));
    if (!dir.mkpath(u"."_s))
        return Error::make(ErrorCode::WriteFailed, tr("The cache folder cannot be created."),
                           dir.path());
    QSaveFile saveFile(file);
    if (!saveFile.open(QIODevice::WriteOnly)
        || !saveFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || saveFile.write(reinterpret_cast<const char *>(&h), sizeof(h)) != qint64(sizeof(h))
        || saveFile.write(payload) != payload.size() || !saveFile.commit())
        return Error::make(ErrorCode::WriteFailed,
                           tr("The snapshot cannot be written: %1").arg(saveFile.errorString()),
                           file);
    prune(dir);
    return {};
}

QString SnapshotCache::statusName(SnapshotStatus status)
{
    switch (status) {
    case SnapshotStatus::Hit: return u"hit"_s;
    case SnapshotStatus::Missing: return u"missing"_s;
    case SnapshotStatus::Stale: return u"stale"_s;
    case SnapshotStatus::WrongVersion: return u"wrong_version"_s;
    case SnapshotStatus::Corrupt: return u"corrupt"_s;
    }
    return u"missing"_s;
}

SnapshotCache::Usage SnapshotCache::usage(const QString &directory)
{
    Usage out;
    if (directory.isEmpty())
        return out;
    const QFileInfoList all = snapshotFiles(QDir(directory));
    for (const QFileInfo &file : all) {
        ++out.files;
        out.bytes += file.size();
    }
    return out;
}

int SnapshotCache::clear(const QString &directory)
{
    if (directory.isEmpty())
        return 0;
    int removed = 0;
    const QFileInfoList all = snapshotFiles(QDir(directory));
    for (const QFileInfo &file : all)
        removed += QFile::remove(file.absoluteFilePath()) ? 1 : 0;
    return removed;
}

} // namespace idiolect
