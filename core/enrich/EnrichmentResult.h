// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EnrichmentItem.h"
#include "EnrichmentSummary.h"
#include "model/TextLayer.h"

#include <QStringList>

#include <vector>

namespace idiolect {

/**
 * @brief What an enrichment run produced: the layer, the structured additions, the counts.
 *
 * `messages` lists every message with at least one link or image enrichment
 * looked at, sorted by message index — the UI shows these and lets the user
 * edit them; EnrichmentLayerBuilder turns them (plus edits) into `layer`
 * again without any network.
 */
struct EnrichmentResult
{
    TextLayerPtr layer; ///< The input layer plus the additions.
    std::vector<MessageEnrichment> messages;
    EnrichmentSummary summary;
    QStringList warnings; ///< Translated sentences (e.g. "the cache was damaged and rebuilt").

    /** The enrichment of @p message, or nullptr (binary search). */
    [[nodiscard]] const MessageEnrichment *find(quint32 message) const;
};

} // namespace idiolect
