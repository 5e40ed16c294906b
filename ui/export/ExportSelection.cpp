// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSelection.h"

#include "generation/Example.h"
#include "generation/ExampleId.h"

namespace idiolect {

namespace {

/** The decisions by numeric id: one lookup per example without making its id string. */
QHash<quint64, const ReviewDecision *> byId(const QHash<QString, ReviewDecision> &decisions)
{
    QHash<quint64, const ReviewDecision *> out;
    out.reserve(decisions.size());
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        if (const quint64 id = ExampleId::fromString(it.key()))
            out.insert(id, &it.value());
    }
    return out;
}

/** Calls @p kept(row, decision or nullptr) for each example the scope and decisions keep. */
template<typename Kept>
void forEachKept(const std::vector<Example> &examples,
                 const QHash<QString, ReviewDecision> &decisions, ExportScope scope, Kept kept)
{
    const QHash<quint64, const ReviewDecision *> index = byId(decisions);
    for (size_t row = 0; row < examples.size(); ++row) {
        const ReviewDecision *decision = index.value(examples[row].id, nullptr);
        const ReviewStatus status = decision ? decision->status : ReviewStatus::Pending;
        if (status == ReviewStatus::Rejected
            || (scope == ExportScope::AcceptedOnly && status != ReviewStatus::Accepted))
            continue;
        kept(row, decision);
    }
}

} // namespace

std::vector<quint32> ExportSelection::rows(const std::vector<Example> &examples,
                                           const QHash<QString, ReviewDecision> &decisions,
                                           ExportScope scope)
{
    std::vector<quint32> out;
    out.reserve(examples.size());
    forEachKept(examples, decisions, scope,
                [&](size_t row, const ReviewDecision *) { out.push_back(quint32(row)); });
    return out;
}

std::vector<Example> ExportSelection::select(const std::vector<Example> &examples,
                                             const QHash<QString, ReviewDecision> &decisions,
                                             ExportScope scope)
{
    std::vector<Example> out;
    out.reserve(examples.size());
    forEachKept(examples, decisions, scope, [&](size_t row, const ReviewDecision *decision) {
        out.push_back(examples[row]);
        if (decision && decision->isEdited())
            out.back().outputOverride = decision->editedOutput;
    });
    return out;
}

} // namespace idiolect
