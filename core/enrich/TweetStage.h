// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"

namespace idiolect {

class JobContext;
struct EnrichmentRun;

/**
 * @brief Fills tweet items that stored previews could not: cache first, then (Fetch only) network.
 *
 * With TwitterMode::Fetch it first resolves t.co codes (cache, then HEAD
 * requests to t.co), then asks the tweet provider once per distinct post id
 * still unknown. Every answer — including "not found" — is written to the
 * cache as it arrives. Failed items keep a reason code and get no text.
 */
class TweetStage final
{
public:
    static Status run(EnrichmentRun &run, JobContext &job);
};

} // namespace idiolect
