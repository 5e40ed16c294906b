// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"

#include <QObject>
#include <QString>

class QUrl;

namespace idiolect {

/**
 * @brief Keeps API keys for enrichment endpoints in the system keychain, never in settings.
 *
 * QtKeychain stores them in the Secret Service (GNOME Keyring, KWallet) on
 * Linux, the Keychain on macOS and the Credential Manager on Windows; the
 * insecure plain-text fallback is switched off. Keys are addressed per
 * endpoint (keyFor()), so a key for a hosted API is not sent to another
 * server. This lives in its own small library (idiolect_keychain: Qt Core
 * and DBus only) so idiolect_core stays free of it.
 *
 * The asynchronous calls report through signals on the object's thread; a
 * key that does not exist reads as an empty string, not as an error. Errors
 * carry a sentence and a hint, never the key.
 */
class ApiKeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    /** The keychain service name all Idiolect entries share. */
    static QString defaultService();
    /** The entry name for the key of @p endpoint: "vision:<host>:<port>". */
    static QString keyFor(const QUrl &endpoint);

    explicit ApiKeyStore(QString service = defaultService(), QObject *parent = nullptr);

    void read(const QString &key);
    void write(const QString &key, const QString &secret);
    void remove(const QString &key);

    /**
     * Reads one key and waits for the answer (a local event loop, at most
     * @p timeoutMs). For the command line only — never call it on a GUI thread.
     */
    static Expected<QString> readBlocking(const QString &key, int timeoutMs = 15000,
                                          const QString &service = defaultService());

Q_SIGNALS:
    void keyRead(const QString &key, const QString &secret);
    void keyWritten(const QString &key);
    void keyRemoved(const QString &key);
    void failed(const QString &key, const idiolect::Error &error);

private:
    QString m_service;
};

} // namespace idiolect
