// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing user files without ever leaving a truncated one (docs/reliability.md, atomic writes).
#pragma once

#include <QByteArrayView>

class QIODevice;
class QSaveFile;

namespace idiolect {

/**
 * @brief Writes all of @p bytes to @p device; false if any byte could not be written.
 *
 * QIODevice::write() may write only part of the data without an error (a file reaching the disk
 * or size limit); checking its result for -1 misses that. This retries the rest, so a failure
 * ends in an error and device.errorString() says why (e.g. "File too large").
 */
[[nodiscard]] bool writeFully(QIODevice &device, QByteArrayView bytes);

/**
 * @brief Commits @p file only if every byte written to it reached the file system.
 *
 * Qt 6.4's QSaveFile::commit() ignores a failed flush of its write buffer (QTBUG-75077): on a
 * full disk the last buffered bytes are lost and the target is still replaced — by a truncated
 * file. Every writer of user files calls this instead of commit(). On failure the target is
 * untouched, the temporary file is discarded and file.errorString() says why.
 */
[[nodiscard]] bool commitSaveFile(QSaveFile &file);

} // namespace idiolect
