// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include "ZipEntryDevice.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kZip64EndOfDirectory = 0x06064b50;
constexpr quint32 kDirectoryHeader = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qsizetype kEndRecordSize = 22;
constexpr qsizetype kDirectoryHeaderSize = 46;
constexpr qsizetype kLocalHeaderSize = 30;
constexpr qsizetype kMaxCommentSize = 0xFFFF;

quint16 le16(const char *p)
{
    return quint16(quint8(p[0]) | (quint16(quint8(p[1])) << 8));
}

quint32 le32(const char *p)
{
    return quint32(le16(p)) | (quint32(le16(p + 2)) << 16);
}

quint64 le64(const char *p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}

/** Reads exactly @p size bytes at @p offset, or returns an empty array. */
QByteArray readAt(QIODevice &device, qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || !device.seek(offset))
        return {};
    QByteArray out = device.read(size);
    return out.size() == size ? out : QByteArray();
}

/** Applies the ZIP64 extra field (id 1) to the sizes and offset that overflowed 32 bits. */
bool applyZip64Extra(const char *extra, qsizetype length, ZipEntry &entry, bool needSize,
                     bool needCompressed, bool needOffset)
{
    qsizetype pos = 0;
    while (pos + 4 <= length) {
        const quint16 id = le16(extra + pos);
        const quint16 size = le16(extra + pos + 2);
        pos += 4;
        if (pos + size > length)
            return false;
        if (id == 0x0001) {
            qsizetype at = pos;
            const qsizetype end = pos + size;
            auto take = [&](qint64 &field) {
                if (at + 8 > end)
                    return false;
                const quint64 v = le64(extra + at);
                if (v > quint64(std::numeric_limits<qint64>::max()))
                    return false;
                field = qint64(v);
                at += 8;
                return true;
            };
            if (needSize && !take(entry.size))
                return false;
            if (needCompressed && !take(entry.compressedSize))
                return false;
            if (needOffset && !take(entry.localHeaderOffset))
                return false;
            return true;
        }
        pos += size;
    }
    return !(needSize || needCompressed || needOffset);
}

QString entryName(const QByteArray &raw, quint16 flags)
{
    // Bit 11 marks UTF-8; without it the name is CP437, which is ASCII for every name we need.
    QString name = (flags & 0x0800) || !raw.contains('\x80') ? QString::fromUtf8(raw)
                                                             : QString::fromLatin1(raw);
    name.replace(u'\\', u'/');
    return name;
}

} // namespace

ZipArchive::~ZipArchive() = default;

Expected<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::make(ErrorCode::NotFound, tr("The ZIP archive does not exist."), path);
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_path = path;
    archive->m_size = info.size();
    if (const Status s = archive->readDirectory(); !s)
        return s.error();
    return archive;
}

Expected<std::unique_ptr<ZipArchive>> ZipArchive::fromBytes(const QByteArray &bytes,
                                                            const QString &name)
{
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_path = name;
    archive->m_bytes = bytes;
    archive->m_inMemory = true;
    archive->m_size = bytes.size();
    if (const Status s = archive->readDirectory(); !s)
        return s.error();
    return archive;
}

std::unique_ptr<QIODevice> ZipArchive::openSource() const
{
    std::unique_ptr<QIODevice> device;
    if (m_inMemory) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_bytes);
        device = std::move(buffer);
    } else {
        device = std::make_unique<QFile>(m_path);
    }
    if (!device->open(QIODevice::ReadOnly))
        return nullptr;
    return device;
}

Error ZipArchive::error(const QString &message) const
{
    Error e = Error::make(ErrorCode::InvalidValue, message, m_path);
    e.hint = tr("The ZIP file is damaged or was not written by Signal. Unpack it with another "
                "tool and open the folder instead.");
    return e;
}

Status ZipArchive::readDirectory()
{
    const std::unique_ptr<QIODevice> device = openSource();
    if (!device)
        return Error::make(ErrorCode::Unreadable, tr("The ZIP archive cannot be opened."), m_path);
    if (m_size < kEndRecordSize)
        return error(tr("The file is too short to be a ZIP archive."));

    // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
    const qint64 tailSize = std::min<qint64>(m_size, kEndRecordSize + kMaxCommentSize);
    const QByteArray tail = readAt(*device, m_size - tailSize, tailSize);
    if (tail.isEmpty())
        return Error::make(ErrorCode::Unreadable, tr("The ZIP archive cannot be read."), m_path);
    qsizetype end = -1;
    for (qsizetype i = tail.size() - kEndRecordSize; i >= 0; --i) {
        if (le32(tail.constData() + i) == kEndOfDirectory
            && i + kEndRecordSize + le16(tail.constData() + i + 20) <= tail.size()) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return error(tr("No ZIP end-of-directory record was found."));
    const char *e = tail.constData() + end;
    if (le16(e + 4) != 0 || le16(e + 6) != 0)
        return error(tr("Split (multi-part) ZIP archives are not supported."));
    qint64 count = le16(e + 10);
    qint64 directorySize = le32(e + 12);
    qint64 directoryOffset = le32(e + 16);

    const qint64 endOffset = m_size - tailSize + end;
    if (endOffset >= 20
        && (count == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF)) {
        const QByteArray locator = readAt(*device, endOffset - 20, 20);
        if (locator.size() == 20 && le32(locator.constData()) == kZip64Locator) {
            const quint64 at = le64(locator.constData() + 8);
            const QByteArray record
                = at < quint64(m_size) ? readAt(*device, qint64(at), 56) : QByteArray();
            if (record.size() != 56 || le32(record.constData()) != kZip64EndOfDirectory)
                return error(tr("The ZIP64 end-of-directory record is damaged."));
            const quint64 c = le64(record.constData() + 32);
            const quint64 s = le64(record.constData() + 40);
            const quint64 o = le64(record.constData() + 48);
            if (c > quint64(kMaxEntries) || s > quint64(m_size) || o > quint64(m_size))
                return error(tr("The ZIP64 end-of-directory record is out of range."));
            count = qint64(c);
            directorySize = qint64(s);
            directoryOffset = qint64(o);
        }
    }
    if (count > kMaxEntries)
        return error(tr("The ZIP archive lists more than %1 files.").arg(kMaxEntries));
    if (directorySize > kMaxDirectoryBytes || directoryOffset + directorySize > m_size)
        return error(tr("The ZIP central directory lies outside the file."));

    const QByteArray directory = readAt(*device, directoryOffset, directorySize);
    if (directory.size() != directorySize)
        return Error::make(ErrorCode::Unreadable, tr("The ZIP archive cannot be read."), m_path);
    m_entries.reserve(size_t(count));
    qsizetype pos = 0;
    for (qint64 i = 0; i < count; ++i) {
        if (pos + kDirectoryHeaderSize > directory.size()
            || le32(directory.constData() + pos) != kDirectoryHeader)
            return error(tr("ZIP directory entry %1 is damaged.").arg(i + 1));
        const char *h = directory.constData() + pos;
        ZipEntry entry;
        entry.flags = le16(h + 8);
        entry.method = le16(h + 10);
        entry.crc32 = le32(h + 16);
        entry.compressedSize = le32(h + 20);
        entry.size = le32(h + 24);
        const quint16 nameLength = le16(h + 28);
        const quint16 extraLength = le16(h + 30);
        const quint16 commentLength = le16(h + 32);
        entry.localHeaderOffset = le32(h + 42);
        const qsizetype next
            = pos + kDirectoryHeaderSize + nameLength + extraLength + commentLength;
        if (next > directory.size())
            return error(tr("ZIP directory entry %1 is damaged.").arg(i + 1));
        const bool bigSize = entry.size == 0xFFFFFFFF;
        const bool bigCompressed = entry.compressedSize == 0xFFFFFFFF;
        const bool bigOffset = entry.localHeaderOffset == 0xFFFFFFFF;
        if ((bigSize || bigCompressed || bigOffset)
            && !applyZip64Extra(h + kDirectoryHeaderSize + nameLength, extraLength, entry, bigSize,
                                bigCompressed, bigOffset))
            return error(tr("ZIP directory entry %1 has a damaged ZIP64 field.").arg(i + 1));
        entry.name = entryName(directory.mid(pos + kDirectoryHeaderSize, nameLength), entry.flags);
        if (entry.localHeaderOffset + kLocalHeaderSize > m_size || entry.compressedSize > m_size)
            return error(tr("ZIP directory entry %1 points outside the file.").arg(i + 1));
        m_index.insert(entry.name, qsizetype(m_entries.size()));
        m_entries.push_back(std::move(entry));
        pos = next;
    }
    return {};
}

qsizetype ZipArchive::indexOf(const QString &name) const
{
    return m_index.value(name, -1);
}

Expected<std::unique_ptr<QIODevice>> ZipArchive::openEntry(qsizetype index) const
{
    if (index < 0 || index >= qsizetype(m_entries.size()))
        return Error::make(ErrorCode::NotFound, tr("The ZIP entry does not exist."), m_path);
    const ZipEntry &entry = m_entries[size_t(index)];
    if (entry.flags & 0x0001)
        return error(tr("The ZIP entry \"%1\" is encrypted.").arg(entry.name));
    if (entry.method != 0 && entry.method != 8)
        return error(tr("The ZIP entry \"%1\" uses compression method %2; only stored and "
                        "deflate are supported.")
                         .arg(entry.name)
                         .arg(entry.method));
    std::unique_ptr<QIODevice> source = openSource();
    if (!source)
        return Error::make(ErrorCode::Unreadable, tr("The ZIP archive cannot be opened."), m_path);
    const QByteArray local = readAt(*source, entry.localHeaderOffset, kLocalHeaderSize);
    if (local.size() != kLocalHeaderSize || le32(local.constData()) != kLocalHeader)
        return error(tr("The local header of ZIP entry \"%1\" is damaged.").arg(entry.name));
    const qint64 dataStart = entry.localHeaderOffset + kLocalHeaderSize
        + le16(local.constData() + 26) + le16(local.constData() + 28);
    if (dataStart + entry.compressedSize > m_size)
        return error(tr("ZIP entry \"%1\" is cut off.").arg(entry.name));
    if (entry.method == 0 && entry.compressedSize != entry.size)
        return error(tr("The sizes of stored ZIP entry \"%1\" disagree.").arg(entry.name));
    auto device = std::make_unique<ZipEntryDevice>(std::move(source), entry, dataStart);
    if (!device->open(QIODevice::ReadOnly))
        return error(device->errorString());
    return std::unique_ptr<QIODevice>(std::move(device));
}

Expected<QByteArray> ZipArchive::readEntry(qsizetype index, qint64 maxBytes) const
{
    auto device = openEntry(index);
    if (!device)
        return device.error();
    const ZipEntry &entry = m_entries[size_t(index)];
    if (entry.size > maxBytes)
        return error(tr("ZIP entry \"%1\" is larger than %2 bytes.").arg(entry.name).arg(maxBytes));
    QByteArray out;
    out.reserve(qsizetype(entry.size));
    char buffer[64 * 1024];
    while (true) {
        const qint64 n = (*device)->read(buffer, sizeof buffer);
        if (n < 0)
            return error((*device)->errorString());
        if (n == 0)
            break;
        out.append(buffer, qsizetype(n));
    }
    return out;
}

} // namespace idiolect
