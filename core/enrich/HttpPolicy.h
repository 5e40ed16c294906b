// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QByteArray;
class QDateTime;

namespace idiolect {

/**
 * @brief How enrichment talks to one HTTP endpoint: timeouts, retries, concurrency.
 *
 * A request is retried after a network error, a timeout, or HTTP 408, 425,
 * 429, 500, 502, 503 or 504, waiting backoffMs(attempt) in between — or
 * exactly what the server's Retry-After header asks for, unless that is more
 * than maxRetryAfterMs, in which case the request fails at once. A 429 with
 * Retry-After pauses every request of the batch, not only the one that got it.
 * After maxConsecutiveUnreachable "connection refused" or "host not found"
 * errors in a row the endpoint is considered down and the remaining requests
 * fail without being sent.
 */
struct HttpPolicy
{
    int timeoutMs = 15000; ///< Per attempt, from sending until the whole body arrived.
    int maxRetries = 3; ///< Attempts = 1 + maxRetries.
    int backoffBaseMs = 1000; ///< First retry delay; doubles each attempt.
    int backoffMaxMs = 30000;
    int maxRetryAfterMs = 120000;
    int concurrency = 4; ///< Requests in flight at once.
    int maxConsecutiveUnreachable = 3;

    /** The delay before attempt @p attempt + 1 after @p attempt failed (attempt >= 1). */
    [[nodiscard]] int backoffMs(int attempt) const;

    /**
     * Parses a Retry-After value (delta seconds or an HTTP date) into milliseconds
     * from @p now; -1 if absent or unparsable. Dates in the past give 0.
     */
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

    /** True for HTTP statuses worth retrying (408, 425, 429, 500, 502, 503, 504). */
    static bool isRetryableStatus(int status);
};

} // namespace idiolect
