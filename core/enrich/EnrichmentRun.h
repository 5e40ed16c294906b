// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EnrichmentItem.h"

#include <vector>

namespace idiolect {

class EnrichmentCache;
class NetworkSession;
class TextLayer;
struct EnrichmentParams;

/** What the stages of one EnrichmentJob share (internal to core/enrich). */
struct EnrichmentRun
{
    const EnrichmentParams &params;
    const TextLayer &input;
    std::vector<MessageEnrichment> &messages;
    EnrichmentCache &cache;
    NetworkSession &network;
};

} // namespace idiolect
