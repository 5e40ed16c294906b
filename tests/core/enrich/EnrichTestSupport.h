// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"
#include "enrich/EnrichmentResult.h"
#include "enrich/HttpPolicy.h"

#include <QNetworkAccessManager>

#include <atomic>
#include <functional>
#include <memory>

namespace idiolect {
class JobContext;
struct EnrichmentParams;
} // namespace idiolect

namespace idiolect::test {

/** Counts every request the enrichment job makes through it (on the job's thread). */
class CountingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    explicit CountingNetworkAccessManager(std::shared_ptr<std::atomic_int> requests)
        : m_requests(std::move(requests))
    { }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override;

private:
    std::shared_ptr<std::atomic_int> m_requests;
};

/** What a test learns about the network a job used. */
struct NetworkProbe
{
    std::shared_ptr<std::atomic_int> managersCreated = std::make_shared<std::atomic_int>(0);
    std::shared_ptr<std::atomic_int> requests = std::make_shared<std::atomic_int>(0);

    /** A factory for EnrichmentParams::networkFactory that records into this probe. */
    [[nodiscard]] std::function<QNetworkAccessManager *()> factory() const;
};

/** Short timeouts and 10 ms backoff so failure paths run fast. */
HttpPolicy fastPolicy();

/**
 * Runs EnrichmentJob on a worker thread (as the GUI does) while the calling
 * thread keeps serving TestHttpServer; gives up after a minute.
 */
Expected<EnrichmentResult> runEnrichment(const EnrichmentParams &params, JobContext &job);
Expected<EnrichmentResult> runEnrichment(const EnrichmentParams &params);

/** Writes @p bytes to @p path; returns the path. */
QString writeFile(const QString &path, const QByteArray &bytes);

/** A few bytes that start like a JPEG / PNG file (enough for type sniffing). */
QByteArray fakeJpeg(char seed = 'a');
QByteArray fakePng(char seed = 'a');

} // namespace idiolect::test
