// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EnrichmentItem.h"

#include <vector>

namespace idiolect {

class JobContext;
class TextLayer;
struct Attachment;
struct EnrichmentParams;

/**
 * @brief Step one of a run, offline: find every link and image worth enriching.
 *
 * For each message in scope (Text and MediaOnly rows, not dropped, matching
 * EnrichmentParams::scope and threads) it extracts links from the input
 * layer's body, keeps the first occurrence of each distinct link, and fills
 * tweets and other pages from the matching stored link preview. Image
 * attachments (not stickers; view-once media is skipped) become pending image
 * items, beyond maxImagesPerMessage skipped. Messages are processed in
 * parallel chunks; the output is sorted by message index.
 */
class EnrichmentPlanner final
{
public:
    static std::vector<MessageEnrichment> plan(const TextLayer &input,
                                               const EnrichmentParams &params, JobContext &job);

    /** The plan of one message (no items if nothing applies). */
    static MessageEnrichment planMessage(const TextLayer &input, quint32 message,
                                         const EnrichmentParams &params);

    /** The @p n-th image attachment (0-based, stickers excluded) of @p message, or nullptr. */
    static const Attachment *imageAttachment(const TextLayer &input, quint32 message, int n);
};

} // namespace idiolect
