// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"

namespace idiolect {

class JobContext;
struct EnrichmentRun;

/**
 * @brief Describes pending image items: cached descriptions first, then the vision endpoint.
 *
 * Each image file is checked (present, at most maxImageBytes, really JPEG,
 * PNG, GIF or WebP by its first bytes) and hashed with SHA-256 in parallel.
 * Cached descriptions for (hash, vision profile) are used as they are; the
 * other distinct images are sent one request each, in message order, up to
 * maxImagesPerRun — the rest are skipped with reason "per_run_cap". An
 * export that states the hash but lacks the file can still use the cache.
 */
class ImageStage final
{
public:
    static Status run(EnrichmentRun &run, JobContext &job);
};

} // namespace idiolect
