// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Strategy.h"
#include "analysis/Momentum.h"
#include "analysis/PartnerProfile.h"

#include <QString>

#include <optional>
#include <vector>

namespace idiolect {

/** One message an example uses, by MessageStore index. */
struct ExampleMessage
{
    quint32 index = 0;
    bool fromYou = false;
};

/**
 * @brief Type-specific facts of an example; -1 / empty means "not applicable".
 *
 * Every field is written for every example (with -1 or "") so the JSONL has one
 * fixed schema, which Arrow-based loaders (Hugging Face datasets) require.
 */
struct ExampleMetadata
{
    std::optional<Momentum> momentum; ///< conversation_window, burst (burst_momentum), adaptive
    double responseDelay = -1; ///< Seconds from the last context message to the target.
    double avgTimeGap = -1; ///< Mean context gap, seconds.
    int burstSize = -1; ///< burst_sequence: messages in the burst (chunk).
    double avgTimeBetween = -1; ///< burst_sequence: mean gap inside the burst, seconds.
    std::optional<PartnerStyle> partnerStyle; ///< adaptive
    QString yourUsualStyle; ///< adaptive: "concise" / "lengthy"
    double adaptationLevel = -1; ///< adaptive
    double styleDifference = -1; ///< adaptive
    double splitRatio = -1; ///< completion: prefix share of the message length.
    double answerDelay = -1; ///< qa: seconds from the question to your answer.
    bool hasMedia = false;
};

/**
 * @brief One training example in the internal model; formats are rendered at write time.
 *
 * Holds message indices, not text: the ExampleRenderer reads text through the
 * TextLayer, so review edits, enrichment and anonymization all apply. `id` is
 * stable across re-generation (type, thread id, target message ids, variant),
 * so the review UI can keep accept/reject/edit decisions.
 */
struct Example
{
    quint64 id = 0; ///< See ExampleId; shown as 16 hex digits.
    ExampleType type = ExampleType::ConversationWindow;
    quint8 variant = 0;
    quint32 corpusThread = 0; ///< Index into Corpus::threads().
    int threadIndex = -1; ///< Index into ChatExport::threads (for the review UI).
    qint64 threadId = 0;
    quint32 order = 0; ///< Position of the (first) target in its corpus thread.
    QString instruction;
    QString partner; ///< Conversation partner (name or group title) from the text layer.
    std::vector<ExampleMessage> context; ///< Chronological, before the target(s).
    std::vector<ExampleMessage> targets; ///< Your message(s) that form the output.
    /** completion: UTF-16 offset in the first target's (trimmed) text where the output starts. */
    qint32 splitOffset = -1;
    ExampleMetadata meta;
    /** Set by review edits: replaces the rendered output. */
    std::optional<QString> outputOverride;

    [[nodiscard]] Strategy strategy() const { return strategyOf(type); }
    /** The id as 16 lower-case hex digits. */
    [[nodiscard]] QString idString() const;
};

} // namespace idiolect
