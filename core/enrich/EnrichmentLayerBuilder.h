// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/TextLayer.h"

#include <vector>

namespace idiolect {

class EnrichmentEdits;
struct EnrichmentResult;
struct MessageEnrichment;

/**
 * @brief Turns structured additions (plus the user's edits) into a TextLayer — no network.
 *
 * The enriched layer is a copy of the input layer with a body override for
 * each message whose text changes (EnrichmentFormat::render). Rebuilding
 * after an edit touches only messages with additions, so the UI can call it
 * on every change.
 */
class EnrichmentLayerBuilder final
{
public:
    struct Built
    {
        TextLayerPtr layer;
        qint64 enhancedMessages = 0; ///< Messages whose text changed.
    };

    static Built build(const TextLayerPtr &input, const std::vector<MessageEnrichment> &messages,
                       const EnrichmentEdits &edits);

    /** Rebuilds result.layer and result.summary.enhancedMessages over @p input with @p edits. */
    static void rebuild(EnrichmentResult &result, const TextLayerPtr &input,
                        const EnrichmentEdits &edits);
};

} // namespace idiolect
