// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleOrder.h"

#include "ExampleIndex.h"
#include "ExampleTableModel.h"
#include "common/JobContext.h"
#include "export/ExampleRenderer.h"
#include "generation/GenerationResult.h"

#include <algorithm>

namespace idiolect {

namespace {

constexpr size_t kCancelCheck = 2048; // rows between looks at the JobContext

bool statusMatches(ExampleFilter::Status filter, quint8 state)
{
    const auto status = ReviewStatus(state & ExampleOrder::kStatusMask);
    switch (filter) {
    case ExampleFilter::Status::All: return true;
    case ExampleFilter::Status::Pending: return status == ReviewStatus::Pending;
    case ExampleFilter::Status::Accepted: return status == ReviewStatus::Accepted;
    case ExampleFilter::Status::Rejected: return status == ReviewStatus::Rejected;
    case ExampleFilter::Status::Edited: return (state & ExampleOrder::kEdited) != 0;
    }
    return true;
}

int momentumOf(const Example &ex)
{
    return ex.meta.momentum ? int(*ex.meta.momentum) : -1;
}

/** Stable sort of @p rows by @p key(row); descending keeps ties in generated order too. */
template<typename Key>
void sortBy(std::vector<quint32> &rows, Qt::SortOrder order, Key key)
{
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(),
                         [&](quint32 a, quint32 b) { return key(a) < key(b); });
    else
        std::stable_sort(rows.begin(), rows.end(),
                         [&](quint32 a, quint32 b) { return key(b) < key(a); });
}

} // namespace

Expected<ExampleOrder::Result> ExampleOrder::compute(const Params &p, JobContext &job)
{
    Result out;
    if (!p.result || !p.layer || !p.index)
        return out;
    const std::vector<Example> &examples = p.result->examples;
    const size_t n = examples.size();
    const ExampleFilter &f = p.filter;
    using Column = ExampleTableModel::Column;

    out.outputs = p.outputs;
    if (!out.outputs && (!f.text.isEmpty() || p.sortColumn == Column::Output)) {
        auto rendered = std::make_shared<std::vector<QString>>(n);
        const ExampleRenderer renderer(p.layer, RenderOptions());
        for (size_t row = 0; row < n; ++row) {
            if (row % kCancelCheck == 0 && job.isCanceled())
                return Error::canceled();
            (*rendered)[row] = renderer.output(examples[row]);
        }
        out.outputs = std::move(rendered);
    }
    const auto stateOfRow
        = [&](quint32 row) { return row < p.states.size() ? p.states[row] : quint8(0); };
    const auto outputOf = [&](quint32 row) -> QString {
        if (stateOfRow(row) & kEdited)
            return p.decisions.value(examples[row].idString()).editedOutput;
        return (*out.outputs)[row];
    };

    out.rows.reserve(n);
    for (quint32 row = 0; row < n; ++row) {
        if (row % kCancelCheck == 0 && job.isCanceled())
            return Error::canceled();
        const Example &ex = examples[row];
        if ((f.type && int(ex.type) != *f.type) || (f.threadId && ex.threadId != *f.threadId)
            || (f.momentum && momentumOf(ex) != *f.momentum)
            || !statusMatches(f.status, stateOfRow(row)))
            continue;
        if (!f.text.isEmpty() && !outputOf(row).contains(f.text, Qt::CaseInsensitive)
            && !ex.partner.contains(f.text, Qt::CaseInsensitive)
            && !ex.instruction.contains(f.text, Qt::CaseInsensitive))
            continue;
        out.rows.push_back(row);
    }
    if (job.isCanceled())
        return Error::canceled();

    const ExampleIndex &index = *p.index;
    switch (p.sortColumn) {
    case Column::Status:
        sortBy(out.rows, p.sortOrder, [&](quint32 r) { return stateOfRow(r) & kStatusMask; });
        break;
    case Column::Type:
        sortBy(out.rows, p.sortOrder, [&](quint32 r) { return int(examples[r].type); });
        break;
    case Column::Partner:
        sortBy(out.rows, p.sortOrder, [&](quint32 r) { return index.partnerRank(int(r)); });
        break;
    case Column::Momentum:
        sortBy(out.rows, p.sortOrder, [&](quint32 r) { return momentumOf(examples[r]); });
        break;
    case Column::Date:
        sortBy(out.rows, p.sortOrder, [&](quint32 r) { return index.date(int(r)); });
        break;
    case Column::Output: {
        // Caseless keys of the shown rows only, then sort positions into them.
        std::vector<QString> keys(out.rows.size());
        for (size_t i = 0; i < out.rows.size(); ++i) {
            if (i % kCancelCheck == 0 && job.isCanceled())
                return Error::canceled();
            keys[i] = outputOf(out.rows[i]).toCaseFolded();
        }
        std::vector<quint32> positions(out.rows.size());
        for (quint32 i = 0; i < positions.size(); ++i)
            positions[i] = i;
        sortBy(positions, p.sortOrder, [&](quint32 i) -> const QString & { return keys[i]; });
        std::vector<quint32> sorted(positions.size());
        for (size_t i = 0; i < positions.size(); ++i)
            sorted[i] = out.rows[positions[i]];
        out.rows = std::move(sorted);
        break;
    }
    default: break;
    }
    return out;
}

} // namespace idiolect
