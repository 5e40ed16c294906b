// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace idiolect {

/**
 * @brief Writes small ZIP archives (stored or deflate entries, UTF-8 names).
 *
 * The counterpart of ZipArchive for the demo-export generator and tests, which
 * need Signal's ZIP variant of the plaintext export. Entries are kept in
 * memory until save(), which writes through QSaveFile. No ZIP64: archives must
 * stay below 4 GiB.
 */
class ZipWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    enum class Method : quint8 { Stored, Deflate };

    /** Adds a file; names use '/' and are written as given. */
    void addFile(const QString &name, const QByteArray &data, Method method = Method::Deflate);

    /** The archive bytes as they would be saved. */
    [[nodiscard]] Expected<QByteArray> toBytes() const;
    /** Writes the archive to @p path atomically. */
    [[nodiscard]] Status save(const QString &path) const;

private:
    struct Item
    {
        QByteArray name;
        QByteArray data; ///< Compressed as written.
        quint32 crc = 0;
        qint64 size = 0;
        Method method = Method::Stored;
    };
    static void putCommon(QByteArray &out, const Item &item, quint32 method);

    std::vector<Item> m_items;
};

} // namespace idiolect
