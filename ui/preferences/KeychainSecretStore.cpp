// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include "enrich/keychain/ApiKeyStore.h"

namespace idiolect {

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent), m_store(new ApiKeyStore(ApiKeyStore::defaultService(), this))
{
    connect(m_store, &ApiKeyStore::keyRead, this, &SecretStore::keyRead);
    connect(m_store, &ApiKeyStore::keyWritten, this, &SecretStore::keyWritten);
    connect(m_store, &ApiKeyStore::keyRemoved, this, &SecretStore::keyRemoved);
    connect(m_store, &ApiKeyStore::failed, this,
            [this](const QString &key, const Error &error) { Q_EMIT failed(key, error.message); });
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString &key)
{
    m_store->read(key);
}

void KeychainSecretStore::write(const QString &key, const QString &secret)
{
    m_store->write(key, secret);
}

void KeychainSecretStore::remove(const QString &key)
{
    m_store->remove(key);
}

} // namespace idiolect
