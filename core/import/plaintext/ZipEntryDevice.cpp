// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipEntryDevice.h"

#include <zlib.h>

#include <algorithm>
#include <array>

namespace idiolect {

struct ZipEntryDevice::Inflater
{
    z_stream stream{};
    bool initialized = false;
    std::array<char, 64 * 1024> input{};

    ~Inflater()
    {
        if (initialized)
            inflateEnd(&stream);
    }
};

ZipEntryDevice::ZipEntryDevice(std::unique_ptr<QIODevice> source, ZipEntry entry, qint64 dataStart)
    : m_source(std::move(source)), m_entry(std::move(entry)), m_dataStart(dataStart)
{ }

ZipEntryDevice::~ZipEntryDevice() = default;

bool ZipEntryDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_source || !m_source->seek(m_dataStart)) {
        setErrorString(tr("The ZIP entry \"%1\" cannot be read.").arg(m_entry.name));
        return false;
    }
    m_crc = quint32(crc32(0L, Z_NULL, 0));
    if (m_entry.method == 8) {
        m_inflater = std::make_unique<Inflater>();
        // Negative window bits: raw deflate data without a zlib header, as ZIP stores it.
        if (inflateInit2(&m_inflater->stream, -MAX_WBITS) != Z_OK) {
            setErrorString(tr("The decompressor could not be started."));
            return false;
        }
        m_inflater->initialized = true;
    }
    return QIODevice::open(mode | Unbuffered);
}

void ZipEntryDevice::close()
{
    m_inflater.reset();
    QIODevice::close();
}

bool ZipEntryDevice::atEnd() const
{
    return m_done || m_failed;
}

qint64 ZipEntryDevice::bytesAvailable() const
{
    return (m_done || m_failed ? 0 : m_entry.size - m_produced) + QIODevice::bytesAvailable();
}

qint64 ZipEntryDevice::writeData(const char *, qint64)
{
    return -1;
}

qint64 ZipEntryDevice::fail(const QString &message)
{
    m_failed = true;
    setErrorString(message);
    return -1;
}

bool ZipEntryDevice::finish()
{
    m_done = true;
    if (m_produced != m_entry.size) {
        fail(tr("ZIP entry \"%1\" holds %2 bytes, but its header declares %3.")
                 .arg(m_entry.name)
                 .arg(m_produced)
                 .arg(m_entry.size));
        return false;
    }
    if (m_crc != m_entry.crc32) {
        fail(tr("ZIP entry \"%1\" is damaged (CRC-32 mismatch).").arg(m_entry.name));
        return false;
    }
    return true;
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_done || maxSize <= 0)
        return 0;
    return m_entry.method == 8 ? readDeflated(data, maxSize) : readStored(data, maxSize);
}

qint64 ZipEntryDevice::readStored(char *data, qint64 maxSize)
{
    const qint64 want = std::min(maxSize, m_entry.size - m_produced);
    qint64 got = 0;
    while (got < want) {
        const qint64 n = m_source->read(data + got, want - got);
        if (n <= 0)
            return fail(tr("ZIP entry \"%1\" is cut off.").arg(m_entry.name));
        got += n;
    }
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(got)));
    m_produced += got;
    m_consumed += got;
    if (m_produced == m_entry.size && !finish())
        return -1;
    return got;
}

qint64 ZipEntryDevice::readDeflated(char *data, qint64 maxSize)
{
    z_stream &z = m_inflater->stream;
    // Room for one byte more than is left, so output beyond the declared size is noticed.
    const qint64 room = std::min<qint64>({maxSize, m_entry.size - m_produced + 1, 1 << 30});
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(room);
    bool ended = false;
    while (qint64(z.avail_out) == room) {
        if (z.avail_in == 0) {
            const qint64 left = m_entry.compressedSize - m_consumed;
            const qint64 n = left <= 0
                ? 0
                : m_source->read(m_inflater->input.data(),
                                 std::min<qint64>(left, qint64(m_inflater->input.size())));
            if (n <= 0)
                return fail(tr("ZIP entry \"%1\" is cut off.").arg(m_entry.name));
            m_consumed += n;
            z.next_in = reinterpret_cast<Bytef *>(m_inflater->input.data());
            z.avail_in = uInt(n);
        }
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            ended = true;
            break;
        }
        if (rc != Z_OK && !(rc == Z_BUF_ERROR && z.avail_in == 0))
            return fail(
                tr("ZIP entry \"%1\" is damaged (invalid deflate data).").arg(m_entry.name));
    }
    const qint64 got = room - qint64(z.avail_out);
    if (m_produced + got > m_entry.size)
        return fail(tr("ZIP entry \"%1\" unpacks to more bytes than its header declares.")
                        .arg(m_entry.name));
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(got)));
    m_produced += got;
    if (ended && !finish())
        return -1;
    return got;
}

} // namespace idiolect
