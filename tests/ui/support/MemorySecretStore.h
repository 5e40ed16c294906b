// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences/SecretStore.h"

#include <QHash>

namespace idiolect::test {

/** A SecretStore in memory that answers on the next event-loop turn, like a keychain. */
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    using SecretStore::SecretStore;

    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

    QHash<QString, QString> secrets;
    int reads = 0;
    /** When set, every call fails with this message. */
    QString failure;
};

} // namespace idiolect::test
