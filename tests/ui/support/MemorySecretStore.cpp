// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

#include <QTimer>

namespace idiolect::test {

void MemorySecretStore::read(const QString &key)
{
    ++reads;
    QTimer::singleShot(0, this, [this, key] {
        if (!failure.isEmpty())
            Q_EMIT failed(key, failure);
        else
            Q_EMIT keyRead(key, secrets.value(key));
    });
}

void MemorySecretStore::write(const QString &key, const QString &secret)
{
    secrets.insert(key, secret);
    QTimer::singleShot(0, this, [this, key] { Q_EMIT keyWritten(key); });
}

void MemorySecretStore::remove(const QString &key)
{
    secrets.remove(key);
    QTimer::singleShot(0, this, [this, key] { Q_EMIT keyRemoved(key); });
}

} // namespace idiolect::test
