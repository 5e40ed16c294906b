// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RenderOptions.h"
#include "RenderedExample.h"
#include "model/TextLayer.h"

namespace idiolect {

struct Example;
struct ExampleMessage;

/**
 * @brief Turns the internal Example into format text, reading every body and
 *        name through the TextLayer.
 *
 * Alpaca: instruction, input = the context as "Speaker: text" lines (lines of a
 * multi-line message after the first are indented by two spaces, so every
 * unindented line starts a message), output = your message(s).
 *
 * Chat formats: system = [system prompt +] instruction. conversation_window,
 * adaptive and qa become real turns (partners → user, you → assistant; group
 * messages keep "Name: " prefixes; consecutive turns of one role are merged,
 * so your messages right before the target join the final assistant turn;
 * leading assistant turns are dropped). burst_sequence and completion, whose
 * input contains your own unfinished turn, become one user turn with the
 * transcript and one assistant turn. Roles always alternate and end on the
 * assistant, except BurstTurns::Separate in the messages format, where each of
 * your messages is its own assistant turn with weight 0 (context) or 1 (target).
 *
 * Thread-safe (const); cheap to copy.
 */
class ExampleRenderer final
{
public:
    ExampleRenderer(TextLayerPtr layer, RenderOptions options);

    [[nodiscard]] RenderedExample render(const Example &example) const;

    /** The context as transcript lines (the alpaca input). */
    [[nodiscard]] QString transcript(const Example &example) const;
    /** The output text (your message(s), the completion rest, or the review edit). */
    [[nodiscard]] QString output(const Example &example) const;
    [[nodiscard]] const RenderOptions &options() const { return m_options; }

private:
    [[nodiscard]] QString speaker(const ExampleMessage &message) const;
    /** True for a message with text of its own; photos, stickers and calls are placeholders
     *  ("[image]") that are context, never something to learn to write. */
    [[nodiscard]] bool isWritten(quint32 message) const;
    [[nodiscard]] QString systemText(const Example &example) const;
    [[nodiscard]] bool chatTurns(const Example &example, std::vector<ChatTurn> &turns) const;

    TextLayerPtr m_layer;
    RenderOptions m_options;
};

} // namespace idiolect
