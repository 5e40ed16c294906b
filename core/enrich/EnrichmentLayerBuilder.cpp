// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentLayerBuilder.h"

#include "EnrichmentEdits.h"
#include "EnrichmentFormat.h"
#include "EnrichmentResult.h"

namespace idiolect {

EnrichmentLayerBuilder::Built
EnrichmentLayerBuilder::build(const TextLayerPtr &input,
                              const std::vector<MessageEnrichment> &messages,
                              const EnrichmentEdits &edits)
{
    auto layer = std::make_shared<TextLayer>(*input);
    Built built;
    for (const MessageEnrichment &m : messages) {
        const QStringView body = input->body(m.message);
        QString text = EnrichmentFormat::render(body, m, edits);
        if (text.isNull() || text == body)
            continue;
        layer->setBody(m.message, std::move(text));
        ++built.enhancedMessages;
    }
    built.layer = std::move(layer);
    return built;
}

void EnrichmentLayerBuilder::rebuild(EnrichmentResult &result, const TextLayerPtr &input,
                                     const EnrichmentEdits &edits)
{
    Built built = build(input, result.messages, edits);
    result.layer = std::move(built.layer);
    result.summary.enhancedMessages = built.enhancedMessages;
}

} // namespace idiolect
