// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>

#include <memory>

namespace idiolect {

/**
 * @brief Read-only view of a whole file, memory-mapped when possible.
 *
 * Falls back to reading into memory for files that cannot be mapped
 * (pipes, some network file systems). A 0-byte file yields an empty view.
 */
class MappedFile final
{
public:
    /** Opens and maps @p path; errors name the file and the reason. */
    static Expected<std::unique_ptr<MappedFile>> open(const QString &path);

    ~MappedFile();
    Q_DISABLE_COPY_MOVE(MappedFile)

    [[nodiscard]] QByteArrayView data() const { return m_view; }
    [[nodiscard]] const QString &path() const { return m_path; }

private:
    MappedFile() = default;

    QString m_path;
    QFile m_file;
    uchar *m_map = nullptr;
    QByteArray m_buffer;
    QByteArrayView m_view;
};

} // namespace idiolect
