// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ZipArchive.h"

#include <QIODevice>

#include <memory>

namespace idiolect {

/**
 * @brief Sequential read access to one ZIP entry (stored or raw deflate).
 *
 * Never yields more than the entry's declared size and checks the CRC-32 at
 * the end; either problem, or compressed data that ends early, becomes a read
 * error (read() returns -1 and errorString() says why).
 */
class ZipEntryDevice final : public QIODevice
{
    Q_OBJECT

public:
    ZipEntryDevice(std::unique_ptr<QIODevice> source, ZipEntry entry, qint64 dataStart);
    ~ZipEntryDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 size() const override { return m_entry.size; }
    [[nodiscard]] bool atEnd() const override;
    [[nodiscard]] qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    qint64 fail(const QString &message);
    qint64 readStored(char *data, qint64 maxSize);
    qint64 readDeflated(char *data, qint64 maxSize);
    bool finish();

    struct Inflater;
    std::unique_ptr<QIODevice> m_source;
    ZipEntry m_entry;
    qint64 m_dataStart = 0;
    qint64 m_consumed = 0; ///< Compressed bytes read from the source.
    qint64 m_produced = 0; ///< Uncompressed bytes handed out.
    quint32 m_crc = 0;
    bool m_done = false;
    bool m_failed = false;
    std::unique_ptr<Inflater> m_inflater;
};

} // namespace idiolect
