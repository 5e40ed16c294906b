// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipWriter.h"

#include "common/SafeWrite.h"

#include <QSaveFile>

#include <zlib.h>

namespace idiolect {

namespace {

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

/** Raw deflate (no zlib header), as ZIP stores it. */
QByteArray deflateRaw(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

constexpr quint32 kUtf8Flag = 0x0800;
constexpr quint32 kDosDate = (46u << 9) | (1u << 5) | 1u; // 2026-01-01
constexpr quint32 kDosTime = 0;

} // namespace

void ZipWriter::putCommon(QByteArray &out, const Item &item, quint32 method)
{
    // The fields local and central headers share: version needed … file name length.
    put16(out, 20);
    put16(out, kUtf8Flag);
    put16(out, method);
    put16(out, kDosTime);
    put16(out, kDosDate);
    put32(out, item.crc);
    put32(out, quint32(item.data.size()));
    put32(out, quint32(item.size));
    put16(out, quint32(item.name.size()));
}

void ZipWriter::addFile(const QString &name, const QByteArray &data, Method method)
{
    Item item;
    item.name = name.toUtf8();
    item.size = data.size();
    item.crc = quint32(crc32(crc32(0L, Z_NULL, 0),
                             reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    item.method = method;
    item.data = method == Method::Deflate ? deflateRaw(data) : data;
    m_items.push_back(std::move(item));
}

Expected<QByteArray> ZipWriter::toBytes() const
{
    QByteArray out;
    QByteArray directory;
    for (const Item &item : m_items) {
        if (out.size() + item.data.size() > 0xFFFFFFF0LL)
            return Error::make(ErrorCode::WriteFailed,
                               tr("The ZIP archive would be larger than 4 GiB."));
        const auto offset = quint32(out.size());
        const quint32 method = item.method == Method::Deflate ? 8 : 0;
        put32(out, 0x04034b50);
        putCommon(out, item, method);
        put16(out, 0); // extra field length
        out.append(item.name);
        out.append(item.data);

        put32(directory, 0x02014b50);
        put16(directory, 0x0314); // made by Unix, spec 2.0
        putCommon(directory, item, method);
        put16(directory, 0); // extra field length
        put16(directory, 0); // comment length
        put16(directory, 0); // disk number
        put16(directory, 0); // internal attributes
        put32(directory, 0100644u << 16);
        put32(directory, offset);
        directory.append(item.name);
    }
    const auto directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_items.size()));
    put16(out, quint32(m_items.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

Status ZipWriter::save(const QString &path) const
{
    const auto bytes = toBytes();
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeFully(file, *bytes) || !commitSaveFile(file))
        return Error::make(ErrorCode::WriteFailed,
                           tr("The ZIP archive could not be written: %1").arg(file.errorString()),
                           path);
    return {};
}

} // namespace idiolect
