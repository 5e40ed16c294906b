// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationStrategy.h"

#include <memory>

namespace idiolect {

/** Creates the GenerationStrategy implementation of a Strategy value. */
class StrategyFactory final
{
public:
    static std::unique_ptr<GenerationStrategy> create(Strategy strategy);
};

} // namespace idiolect
