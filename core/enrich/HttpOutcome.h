// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace idiolect {

/** The end state of one HTTP request after all its attempts (see HttpBatch). */
struct HttpOutcome
{
    enum class Failure : quint8 {
        None, ///< A 2xx/3xx response arrived.
        Timeout, ///< The last attempt exceeded HttpPolicy::timeoutMs.
        Network, ///< Connection reset, disconnect mid-body, TLS or proxy error.
        Http, ///< The final response had an error status (see status).
        Unreachable, ///< Connection refused / host not found; the endpoint looks down.
        RateLimited, ///< The server asked to wait longer than HttpPolicy::maxRetryAfterMs.
    };

    int status = 0; ///< HTTP status of the last attempt; 0 if no response arrived.
    QByteArray body;
    QByteArray location; ///< The Location header (for manual redirects such as t.co).
    int attempts = 0;
    Failure failure = Failure::None;

    [[nodiscard]] bool ok() const { return failure == Failure::None; }

    /** A stable reason code for counts and the UI: "timeout", "http_503", "unreachable"… */
    [[nodiscard]] QString reasonCode() const;
};

} // namespace idiolect
