// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatasetFormat.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace idiolect {

class ExampleRenderer;
class JobContext;
struct Example;
struct RenderedExample;

/** One problem: which example (0-based) or file line (1-based), and what is wrong. */
struct ValidationIssue
{
    qint64 example = -1;
    qint64 line = -1;
    QString id; ///< The example id, when known.
    QString message;

    /** "example 12 (id …): output is empty" or "line 13: …". */
    [[nodiscard]] QString toString() const;
};

/** The result of validate(): (ok, errors) of the original API, with locations. */
struct ValidationReport
{
    qint64 checked = 0;
    qint64 invalidExamples = 0;
    std::vector<ValidationIssue> issues;

    [[nodiscard]] bool ok() const { return issues.empty(); }
    /** The first @p max issues as lines, plus "... and N more" when cut. */
    [[nodiscard]] QStringList lines(int max = 20) const;
};

/**
 * @brief The dataset rules (docs/algorithms.md, "Validation").
 *
 * Every row: required fields present and strings, non-empty output that is
 * not just a URL and differs from the input, valid UTF-16/UTF-8 (no unpaired
 * surrogates), finite numbers. Chat formats: only system/user/assistant, an
 * optional leading system turn, then user first, roles alternating, ending on
 * the assistant (consecutive assistant turns only with weights, i.e.
 * BurstTurns::Separate in the messages format), weights 0/1 on assistant turns.
 */
class DatasetValidator final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetValidator)

public:
    /** Problems of one rendered row; empty when valid. */
    static QStringList check(const RenderedExample &row, DatasetFormat format);
    /** Problems of an in-memory example's metadata (NaN, negative delays, unknown type). */
    static QStringList checkMetadata(const Example &example);

    /** Renders and checks every example (in parallel); canceled → Error. */
    static Expected<ValidationReport> validate(const std::vector<Example> &examples,
                                               const ExampleRenderer &renderer, JobContext &job);
};

} // namespace idiolect
