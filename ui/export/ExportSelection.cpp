// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSelection.h"

#include "generation/Example.h"

namespace idiolect {

std::vector<Example> ExportSelection::select(const std::vector<Example> &examples,
                                             const QHash<QString, ReviewDecision> &decisions,
                                             ExportScope scope)
{
    std::vector<Example> out;
    out.reserve(examples.size());
    for (const Example &example : examples) {
        const auto it = decisions.constFind(example.idString());
        const ReviewDecision decision = it == decisions.cend() ? ReviewDecision() : *it;
        if (decision.status == ReviewStatus::Rejected)
            continue;
        if (scope == ExportScope::AcceptedOnly && decision.status != ReviewStatus::Accepted)
            continue;
        out.push_back(example);
        if (decision.isEdited())
            out.back().outputOverride = decision.editedOutput;
    }
    return out;
}

} // namespace idiolect
