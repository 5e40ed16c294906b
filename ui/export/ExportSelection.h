// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectState.h"

#include <QHash>

#include <vector>

namespace idiolect {

struct Example;

/** Which reviewed examples go into the file. */
enum class ExportScope : quint8 {
    AllButRejected, ///< Everything not rejected (unreviewed examples included).
    AcceptedOnly, ///< Only what the user accepted.
};

/**
 * Applies the review to generated examples: keeps those the scope allows, in
 * their generated order, and puts each edit into Example::outputOverride so
 * the writer exports the user's text. Decisions are looked up by numeric id.
 */
class ExportSelection final
{
public:
    /** The rows of the examples the scope and the decisions keep (no copies). */
    [[nodiscard]] static std::vector<quint32> rows(const std::vector<Example> &examples,
                                                   const QHash<QString, ReviewDecision> &decisions,
                                                   ExportScope scope);
    /** Copies of the kept examples with the edits applied, for the writer. */
    [[nodiscard]] static std::vector<Example>
    select(const std::vector<Example> &examples, const QHash<QString, ReviewDecision> &decisions,
           ExportScope scope);
};

} // namespace idiolect
