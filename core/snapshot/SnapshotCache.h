// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"
#include "model/ChatExport.h"

#include <QCoreApplication>
#include <QString>

namespace idiolect {

struct ImportOptions;

/** What a snapshot lookup found. */
enum class SnapshotStatus : quint8 {
    Hit, ///< Valid and current: the export was loaded from it.
    Missing, ///< No snapshot for this export and these options.
    Stale, ///< The export changed on disk (listing or content hash), or another app version.
    WrongVersion, ///< Written by another snapshot format version or byte order.
    Corrupt, ///< Truncated, checksum mismatch, or a structure that does not validate.
};

/** The outcome of SnapshotCache::load. */
struct SnapshotLoad
{
    SnapshotStatus status = SnapshotStatus::Missing;
    ChatExportPtr exported; ///< Set only for Hit.
    QString reason; ///< Short English detail for logs and --verbose (no personal data).
};

/**
 * @brief The versioned binary snapshot cache of imported exports.
 *
 * Reopening an export parses nothing when a snapshot of it exists: the model is
 * copied back from one file (columns as raw memory), which turns seconds of CSV
 * or SQLite parsing into a fraction of a second. A snapshot is keyed by the
 * export's absolute path and the import options that change the result (self
 * override, lenient mode, local zone) plus the app version and the importers'
 * revision (kImportRevision); it is used only if
 * the export's file listing (names, sizes, mtimes) and the content hash of
 * every file the import read are unchanged. The file has a fixed header (magic,
 * format version, byte order, key hash, payload size, payload checksum) and
 * the payload is fully validated when decoded (SnapshotCodec). Anything that
 * does not check out is reported, deleted and rebuilt by the next import —
 * never trusted. Snapshots hold message text, so they are written owner-only
 * (0600) to ImportOptions::cacheDir or the user's cache folder, and only the
 * most recent few are kept.
 */
class SnapshotCache final
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCache)

public:
    /** Bumped whenever the payload layout or FastHash changes. */
    static constexpr quint32 kFormatVersion = 1;
    /**
     * Bumped whenever an importer makes a different model from the same files (a repair, a new
     * column read): part of the key, so a snapshot from before is stale, also between builds
     * that share a version number. 2: lone surrogates from JSON exports became U+FFFD; 3: an
     * edited message takes its first version's send time; 4: mentions in long texts of
     * main.jsonl, placeholders reported without a mention table; 5: pending scheduled messages
     * are not sent text.
     */
    static constexpr quint32 kImportRevision = 5;
    /** Snapshots kept in the cache folder (the most recently written). */
    static constexpr int kKeep = 4;

    /** The snapshot folder for @p options (…/snapshots under the cache location). */
    static QString directory(const ImportOptions &options);
    /** The snapshot file for this export and these options. */
    static QString snapshotPath(const ImportOptions &options);

    /** Looks up and validates the snapshot; deletes it if it is stale or corrupt. */
    static SnapshotLoad load(const ImportOptions &options);
    /** Writes a snapshot of @p ex (imported with @p options) atomically; prunes old ones. */
    static Status save(const ImportOptions &options, const ChatExport &ex);

    static QString statusName(SnapshotStatus status);

    /** Snapshots in @p directory and the bytes they take (shown next to the cache switch). */
    struct Usage
    {
        int files = 0;
        qint64 bytes = 0;
    };
    static Usage usage(const QString &directory);
    /**
     * Deletes every snapshot in @p directory, so no copy of message text stays in the
     * cache folder; returns how many files were removed.
     */
    static int clear(const QString &directory);
};

} // namespace idiolect
