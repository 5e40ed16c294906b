// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichTestSupport.h"

#include "common/JobContext.h"
#include "enrich/EnrichmentJob.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace Qt::StringLiterals;

namespace idiolect::test {

QNetworkReply *CountingNetworkAccessManager::createRequest(Operation op,
                                                           const QNetworkRequest &request,
                                                           QIODevice *data)
{
    ++*m_requests;
    return QNetworkAccessManager::createRequest(op, request, data);
}

std::function<QNetworkAccessManager *()> NetworkProbe::factory() const
{
    return [created = managersCreated, requests = requests]() -> QNetworkAccessManager * {
        ++*created;
        return new CountingNetworkAccessManager(requests);
    };
}

HttpPolicy fastPolicy()
{
    HttpPolicy policy;
    policy.timeoutMs = 5000;
    policy.maxRetries = 2;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 50;
    return policy;
}

Expected<EnrichmentResult> runEnrichment(const EnrichmentParams &params, JobContext &job)
{
    QFuture<std::optional<Expected<EnrichmentResult>>> future
        = QtConcurrent::run([&params, &job]() -> std::optional<Expected<EnrichmentResult>> {
              return EnrichmentJob::run(params, job);
          });
    QDeadlineTimer deadline(60000);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!future.isFinished()) {
        job.cancel();
        future.waitForFinished();
        return Error::make(ErrorCode::Internal, u"the job did not finish within a minute"_s);
    }
    return *future.result();
}

Expected<EnrichmentResult> runEnrichment(const EnrichmentParams &params)
{
    JobContext job;
    return runEnrichment(params, job);
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QByteArray fakeJpeg(char seed)
{
    return QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) + QByteArray(64, seed);
}

QByteArray fakePng(char seed)
{
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(64, seed);
}

} // namespace idiolect::test
