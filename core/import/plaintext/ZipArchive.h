// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace idiolect {

/** One file in a ZIP archive, as its central directory describes it. */
struct ZipEntry
{
    QString name; ///< Path inside the archive, '/'-separated.
    quint16 method = 0; ///< 0 = stored, 8 = deflate.
    quint16 flags = 0;
    quint32 crc32 = 0;
    qint64 compressedSize = 0;
    qint64 size = 0; ///< Uncompressed size; reading stops with an error past it.
    qint64 localHeaderOffset = 0;

    [[nodiscard]] bool isDirectory() const { return name.endsWith(u'/'); }
};

/**
 * @brief A small, bounded ZIP reader: central directory, stored and deflate entries.
 *
 * Signal Android's older plaintext export wrote `main.jsonl`, `metadata.json`
 * and `files/` into a ZIP. This reader is all Idiolect needs for that: it
 * reads the central directory (ZIP64 included), then streams one entry at a
 * time through zlib with the declared size and CRC-32 enforced, so a damaged
 * or hostile archive ends in an Error, never in unbounded memory. Encrypted,
 * split and non-deflate archives are reported as unsupported.
 */
class ZipArchive final
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    /** Most entries an archive may list (a phone's whole media fits easily). */
    static constexpr qint64 kMaxEntries = 2'000'000;
    /** Largest central directory accepted, in bytes. */
    static constexpr qint64 kMaxDirectoryBytes = 512LL * 1024 * 1024;

    /** Opens the archive file at @p path and reads its central directory. */
    static Expected<std::unique_ptr<ZipArchive>> open(const QString &path);
    /** Reads an archive held in memory (tests and fuzzing). */
    static Expected<std::unique_ptr<ZipArchive>> fromBytes(const QByteArray &bytes,
                                                           const QString &name = {});

    ~ZipArchive();
    Q_DISABLE_COPY_MOVE(ZipArchive)

    [[nodiscard]] const std::vector<ZipEntry> &entries() const { return m_entries; }
    /** Index of the entry with exactly this name, or -1. */
    [[nodiscard]] qsizetype indexOf(const QString &name) const;
    /** The archive's file name (for error messages). */
    [[nodiscard]] const QString &path() const { return m_path; }

    /**
     * Opens entry @p index for sequential reading. The device reports a read
     * error (QIODevice::errorString) on corrupt data, a CRC mismatch or more
     * bytes than declared. Every device reads through its own file handle.
     */
    Expected<std::unique_ptr<QIODevice>> openEntry(qsizetype index) const;

    /** Reads a whole entry; fails if it is larger than @p maxBytes. */
    Expected<QByteArray> readEntry(qsizetype index, qint64 maxBytes) const;

private:
    ZipArchive() = default;
    Status readDirectory();
    std::unique_ptr<QIODevice> openSource() const;
    Error error(const QString &message) const;

    QString m_path;
    QByteArray m_bytes; ///< The archive when it lives in memory.
    bool m_inMemory = false;
    qint64 m_size = 0;
    std::vector<ZipEntry> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace idiolect
