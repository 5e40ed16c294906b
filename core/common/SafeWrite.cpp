// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeWrite.h"

#include <QSaveFile>

namespace idiolect {

bool writeFully(QIODevice &device, QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qint64 n = device.write(bytes.data(), bytes.size());
        if (n <= 0)
            return false;
        bytes = bytes.sliced(n);
    }
    return true;
}

bool commitSaveFile(QSaveFile &file)
{
    // A failed flush keeps its error string; the destructor discards the temporary file.
    return file.flush() && file.commit();
}

} // namespace idiolect
