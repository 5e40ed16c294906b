// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace idiolect {

class ByteReader;
class ByteWriter;

/**
 * @brief What an export looked like on disk when it was imported: the snapshot's key.
 *
 * Two parts: the listing of the export (its top-level files with size and
 * modification time, or the file itself), which notices added, removed, touched
 * or resized files cheaply; and a FastHash of the full content of every file
 * the import actually read, which notices edits that keep size and mtime. A
 * snapshot is used only if both are equal now.
 */
struct InputFingerprint
{
    struct Entry
    {
        QString name; ///< Relative to the export folder (or the file's own name).
        qint64 size = -1;
        qint64 modifiedMs = -1;
        quint64 contentHash = 0; ///< Only for files the import read; 0 in the listing.

        bool operator==(const Entry &) const = default;
    };

    std::vector<Entry> listing;
    std::vector<Entry> contents;

    /** The listing of @p exportPath now (no contents). */
    static InputFingerprint listingOf(const QString &exportPath);
    /**
     * Adds the content hashes of @p files (names relative to the export folder, as in
     * SourceInfo::files); for an export opened as a file, of that file first. False if one
     * cannot be read.
     */
    bool hashContents(const QString &exportPath, const QStringList &files);

    void write(ByteWriter &out) const;
    bool read(ByteReader &in);

    bool operator==(const InputFingerprint &) const = default;
};

} // namespace idiolect
