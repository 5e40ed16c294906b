// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace idiolect {

/** What the review table shows: every criterion that is set must match. */
struct ExampleFilter
{
    enum class Status { All, Pending, Accepted, Rejected, Edited };

    std::optional<int> type; ///< ExampleType
    std::optional<qint64> threadId;
    std::optional<int> momentum; ///< Momentum; -1 matches examples without one
    Status status = Status::All;
    QString text; ///< Caseless, in the output, the chat name or the instruction.

    friend bool operator==(const ExampleFilter &, const ExampleFilter &) = default;
};

} // namespace idiolect
