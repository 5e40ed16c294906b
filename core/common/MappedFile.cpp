// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappedFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace idiolect {

Expected<std::unique_ptr<MappedFile>> MappedFile::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("idiolect", "The file does not exist."),
                           path);
    if (info.isDir())
        return Error::make(
            ErrorCode::Unreadable,
            QCoreApplication::translate("idiolect", "Expected a file but found a folder."), path);
    std::unique_ptr<MappedFile> file(new MappedFile);
    file->m_path = path;
    file->m_file.setFileName(path);
    if (!file->m_file.open(QIODevice::ReadOnly)) {
        Error e
            = Error::make(ErrorCode::Unreadable,
                          QCoreApplication::translate("idiolect", "The file cannot be opened: %1")
                              .arg(file->m_file.errorString()),
                          path);
        e.hint
            = QCoreApplication::translate("idiolect", "Check that you have permission to read it.");
        return e;
    }
    const qint64 size = file->m_file.size();
    if (size == 0)
        return file;
    file->m_map = file->m_file.map(0, size);
    if (file->m_map) {
        file->m_view = QByteArrayView(reinterpret_cast<const char *>(file->m_map), size);
        return file;
    }
    file->m_buffer = file->m_file.readAll();
    if (file->m_file.error() != QFileDevice::NoError)
        return Error::make(ErrorCode::Unreadable,
                           QCoreApplication::translate("idiolect", "The file cannot be read: %1")
                               .arg(file->m_file.errorString()),
                           path);
    file->m_view = QByteArrayView(file->m_buffer);
    return file;
}

MappedFile::~MappedFile()
{
    if (m_map)
        m_file.unmap(m_map);
}

} // namespace idiolect
