// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace idiolect::demogen {

/**
 * @brief Packs a folder into a ZIP of stored (uncompressed) entries.
 *
 * For the ZIP variant of Signal's plaintext export. Kept separate from the
 * importer's ZIP code (core) so a shared mistake cannot make a broken archive
 * look readable. Entries are sorted by path; no ZIP64 (the demo is small).
 */
class StoredZip final
{
public:
    /** Zips every file below @p folder into @p zipPath, names prefixed with @p prefix. */
    static bool pack(const QString &folder, const QString &zipPath, const QString &prefix,
                     QString *error);
};

} // namespace idiolect::demogen
