// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyStore.h"

#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <optional>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

Error keychainError(const QKeychain::Job &job)
{
    Error e;
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        e = Error::make(ErrorCode::Unreadable,
                        ApiKeyStore::tr("Access to the keychain was denied."));
        e.hint = ApiKeyStore::tr("Unlock the keychain and allow Idiolect to use it.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e = Error::make(ErrorCode::Unreadable,
                        ApiKeyStore::tr("No system keychain is available to store the API key."));
        e.hint = ApiKeyStore::tr("Start a Secret Service (GNOME Keyring or KWallet), or pass "
                                 "the key in the IDIOLECT_VISION_API_KEY environment variable.");
        break;
    default:
        e = Error::make(ErrorCode::Unreadable, ApiKeyStore::tr("The keychain reported an error."));
        e.hint = ApiKeyStore::tr("Try again; if it persists, check the keychain service.");
        break;
    }
    return e;
}

template<typename JobType>
JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

QString ApiKeyStore::defaultService()
{
    return u"Idiolect"_s;
}

QString ApiKeyStore::keyFor(const QUrl &endpoint)
{
    const int port = endpoint.port(endpoint.scheme() == u"https" ? 443 : 80);
    return u"vision:%1:%2"_s.arg(endpoint.host().toLower()).arg(port);
}

ApiKeyStore::ApiKeyStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{ }

void ApiKeyStore::read(const QString &key)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            Q_EMIT keyRead(key, job->error() == QKeychain::NoError ? job->textData() : QString());
        else
            Q_EMIT failed(key, keychainError(*job));
    });
    job->start();
}

void ApiKeyStore::write(const QString &key, const QString &secret)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT keyWritten(key);
        else
            Q_EMIT failed(key, keychainError(*job));
    });
    job->start();
}

void ApiKeyStore::remove(const QString &key)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            Q_EMIT keyRemoved(key);
        else
            Q_EMIT failed(key, keychainError(*job));
    });
    job->start();
}

Expected<QString> ApiKeyStore::readBlocking(const QString &key, int timeoutMs,
                                            const QString &service)
{
    ApiKeyStore store(service);
    QEventLoop loop;
    std::optional<Expected<QString>> result;
    connect(&store, &ApiKeyStore::keyRead, &loop, [&](const QString &, const QString &secret) {
        result.emplace(secret);
        loop.quit();
    });
    connect(&store, &ApiKeyStore::failed, &loop, [&](const QString &, const Error &error) {
        result.emplace(error);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    store.read(key);
    if (!result)
        loop.exec();
    if (!result) {
        Error e = Error::make(ErrorCode::Unreadable, tr("The keychain did not answer in time."));
        e.hint = tr("Unlock the keychain, or pass the key in IDIOLECT_VISION_API_KEY.");
        return e;
    }
    return *result;
}

} // namespace idiolect
