// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenerationOptions.h"
#include "analysis/CorpusSpec.h"
#include "common/Expected.h"

#include <QCoreApplication>

namespace idiolect {

class TextLayer;

/**
 * @brief Turns the user's filters into a CorpusSpec for an export.
 *
 * Partners match a thread id, or (case-insensitive, exact) the chat's name in
 * the export or in the text layer. Dates are local days in the style time
 * zone: from is inclusive, to exclusive. Fails when a partner matches nothing
 * or the date range is empty.
 */
class MessageFilter final
{
    Q_DECLARE_TR_FUNCTIONS(MessageFilter)

public:
    static Expected<CorpusSpec> toCorpusSpec(const TextLayer &layer,
                                             const GenerationOptions &options);
};

} // namespace idiolect
