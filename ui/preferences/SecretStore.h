// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace idiolect {

/**
 * @brief Where the app keeps secrets (API keys): asynchronous read, write and remove.
 *
 * The app uses KeychainSecretStore (the system keychain through QtKeychain);
 * tests pass an in-memory store. Secrets never go to the settings file or the
 * project. Answers arrive through the signals, on the store's thread; a key
 * that does not exist reads as an empty string.
 */
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QString &secret) = 0;
    virtual void remove(const QString &key) = 0;

Q_SIGNALS:
    void keyRead(const QString &key, const QString &secret);
    void keyWritten(const QString &key);
    void keyRemoved(const QString &key);
    /** @p message is a translated sentence; it never contains the secret. */
    void failed(const QString &key, const QString &message);
};

} // namespace idiolect
