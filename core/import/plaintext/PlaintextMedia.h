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

namespace idiolect {

class JobContext;
class ZipArchive;

/**
 * @brief The attachment files of a plaintext export (`files/<2 hex>/<name><ext>`).
 *
 * Finds the file of a FilePointer the way signal-jsonl-export.md §1.3
 * describes: by the name Signal derives, hex(SHA-256(plaintextHash ‖
 * localKey)), ignoring the extension; when an export lacks localKey, by
 * hashing the candidate files (only those whose size matches a wanted
 * attachment) and comparing with plaintextHash. Works on a folder or a ZIP;
 * files inside a ZIP that need a path on disk (images, for the description
 * enrichment) are extracted once into a cache folder.
 */
class PlaintextMedia final
{
    Q_DECLARE_TR_FUNCTIONS(PlaintextMedia)

public:
    /** What an attachment says about its file. */
    struct Wanted
    {
        QByteArray plaintextHash; ///< 32 bytes, or empty.
        QByteArray localKey; ///< Usually 64 bytes; often absent in Android exports.
        qint64 size = -1;
    };

    /** No files (main.jsonl opened on its own, or media not exported). */
    PlaintextMedia() = default;
    ~PlaintextMedia();
    PlaintextMedia(PlaintextMedia &&) noexcept;
    PlaintextMedia &operator=(PlaintextMedia &&) noexcept;

    /** Indexes every file below `root/files/`. A missing files/ folder gives an empty index. */
    static PlaintextMedia fromFolder(const QString &root);
    /**
     * Indexes the `files/` entries of @p zip below @p prefix (the folder holding
     * main.jsonl inside the archive, "" or "name/"); extracted files go to @p extractDir.
     */
    static PlaintextMedia fromZip(std::shared_ptr<const ZipArchive> zip, const QString &prefix,
                                  const QString &extractDir);

    [[nodiscard]] qsizetype fileCount() const { return qsizetype(m_files.size()); }
    [[nodiscard]] bool isZip() const { return m_zip != nullptr; }

    /**
     * Resolves every wanted file at once: by derived name first, then by content
     * hash. Returns one file index (or -1) per entry of @p wanted, in order.
     * Hashing runs in parallel, reports progress and stops when canceled.
     */
    std::vector<qsizetype> resolve(const std::vector<Wanted> &wanted, JobContext &job);

    /** How many files had to be hashed during resolve() (for the source report). */
    [[nodiscard]] qint64 hashedFiles() const { return m_hashed; }

    /** Path of file @p index on disk; for a ZIP it is extracted first (empty on failure). */
    QString localPath(qsizetype index);
    /** Reads a whole file (long texts), at most @p maxBytes. */
    Expected<QByteArray> read(qsizetype index, qint64 maxBytes) const;

private:
    struct File
    {
        QString relativePath; ///< "files/ef/ef1b….jpg"
        qint64 size = 0;
        qsizetype zipIndex = -1;
        QByteArray sha256;
    };

    void addFile(const QString &relativePath, qint64 size, qsizetype zipIndex);
    QByteArray hashFile(const File &file) const;

    QString m_root;
    std::shared_ptr<const ZipArchive> m_zip;
    QString m_extractDir;
    std::vector<File> m_files;
    QHash<QString, qsizetype> m_byStem; ///< lowercase name without extension → index
    qint64 m_hashed = 0;
};

} // namespace idiolect
