// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatasetFormat.h"

#include <QString>

namespace idiolect {

/** How examples become text in a format. */
struct RenderOptions
{
    DatasetFormat format = DatasetFormat::Alpaca;
    /** Only DatasetFormat::Messages supports Separate; other formats always merge. */
    BurstTurns burstTurns = BurstTurns::Merge;
    /** Joins your consecutive messages in one turn or output ("\n" as in the reference). */
    QString burstSeparator = QStringLiteral("\n");
    /** Optional system prompt (a persona); chat formats put it before the instruction. */
    QString systemPrompt;
};

} // namespace idiolect
