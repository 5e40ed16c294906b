// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatMessage.h"

#include <QList>

#include <optional>

namespace idiolect {

class Corpus;
class ExampleRenderer;
class TextLayer;
struct Example;

/** Builds the bubbles for the chat view from corpus ranges and examples (text via the layer). */
class ChatExcerpt final
{
public:
    /** Messages [begin, end) of corpus thread @p thread; @p target is outlined. */
    [[nodiscard]] static QList<ChatMessage> range(const Corpus &corpus, quint32 thread,
                                                  quint32 begin, quint32 end,
                                                  std::optional<quint32> target = std::nullopt);
    /**
     * An example: its context, then its output as the target. A completion's
     * prefix is shown as your prompt bubble before the output; a review edit
     * (outputOverride) replaces the output text.
     */
    [[nodiscard]] static QList<ChatMessage> example(const TextLayer &layer, const Example &example,
                                                    const ExampleRenderer &renderer);
};

} // namespace idiolect
