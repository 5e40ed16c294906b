// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExampleFilter.h"
#include "common/Expected.h"
#include "model/TextLayer.h"
#include "project/ProjectState.h"

#include <QHash>

#include <memory>
#include <vector>

namespace idiolect {

class ExampleIndex;
class JobContext;
struct GenerationResult;

/**
 * The review table's rows in view order: the examples the filter keeps, sorted
 * by one column (stable, so ties keep the generated order). A job: it reads
 * only immutable inputs, so the proxy runs it on a worker for large results
 * and installs the order when it arrives; a newer request cancels it.
 */
class ExampleOrder final
{
public:
    /** Bits of a row's review state (ExampleTableModel::states()). */
    static constexpr quint8 kStatusMask = 0x3; ///< ReviewStatus
    static constexpr quint8 kEdited = 0x4;
    [[nodiscard]] static quint8 stateOf(const ReviewDecision &decision)
    {
        return quint8(quint8(decision.status) | (decision.isEdited() ? kEdited : 0));
    }

    struct Params
    {
        std::shared_ptr<const GenerationResult> result;
        TextLayerPtr layer;
        std::shared_ptr<const ExampleIndex> index;
        std::vector<quint8> states; ///< One per example: stateOf() its decision.
        QHash<QString, ReviewDecision> decisions; ///< For the edited outputs.
        /** The rendered outputs of every example if known (see Result::outputs). */
        std::shared_ptr<const std::vector<QString>> outputs;
        ExampleFilter filter;
        int sortColumn = -1; ///< ExampleTableModel::Column; -1 keeps the generated order.
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };

    struct Result
    {
        std::vector<quint32> rows; ///< Source rows in view order.
        /** Every example's rendered output (original, not edited): rendered for a text
         *  filter or the output sort, passed back in Params::outputs to reuse. */
        std::shared_ptr<const std::vector<QString>> outputs;
    };

    [[nodiscard]] static Expected<Result> compute(const Params &params, JobContext &job);
};

} // namespace idiolect
