// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Example.h"
#include "analysis/Corpus.h"
#include "analysis/StyleAnalyzer.h"
#include "export/DatasetWriter.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace idiolect {

/**
 * @brief The result summary of a run (reference-behaviour §12.2), as the CLI's
 *        --summary file and the UI's result page show it.
 */
struct GenerationSummary
{
    qint64 totalExamples = 0;
    QMap<QString, qint64> examplesByType; ///< metadata.type → count.
    QMap<QString, qint64> examplesByStrategy; ///< strategy name → count.
    double processingTime = 0; ///< Seconds (the caller may add import time).
    QString outputPath;
    qint64 enhancedMessages = 0; ///< Messages whose text enrichment changed (from the caller).
    qint64 messagesRead = 0;
    qint64 messagesAfterFilters = 0;
    qint64 threads = 0;
    qint64 windows = 0;
    qint64 episodes = 0;
    qint64 examplesGenerated = 0; ///< Before balancing and max_examples.
    qint64 examplesAfterBalance = 0;
    qint64 invalidExamplesDropped = 0;
    QStringList warnings;
    /** Wall seconds per stage ("corpus", "episodes", "style", "strategies", "sampling", "write"). */
    QList<QPair<QString, double>> stageSeconds;

    /** JSON with the keys of the original API plus the extra counts; style goes in style_analysis. */
    [[nodiscard]] QJsonObject toJson(const QJsonObject &styleAnalysis) const;
};

/** Everything a run produced; the UI keeps it for review and later writes. */
struct GenerationResult
{
    GenerationSummary summary;
    std::vector<Example> examples;
    StyleAnalysis style;
    std::shared_ptr<const Corpus> corpus; ///< The messages the examples point into.
    std::optional<DatasetWriteResult> written;
};

} // namespace idiolect
