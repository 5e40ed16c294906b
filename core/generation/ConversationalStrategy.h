// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationStrategy.h"

namespace idiolect {

/**
 * @brief Strategy "conversational": one example per conversation window (your message with
 * up to window_size messages before it); instruction "Continue this {momentum}
 * conversation naturally", metadata type conversation_window.
 */
class ConversationalStrategy final : public GenerationStrategy
{
public:
    [[nodiscard]] Strategy kind() const override { return Strategy::Conversational; }
    void generate(const StrategyInput &input, quint32 thread,
                  std::vector<Example> &out) const override;
};

} // namespace idiolect
