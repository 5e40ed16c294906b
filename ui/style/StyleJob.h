// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisOptions.h"
#include "analysis/Corpus.h"
#include "analysis/StyleAnalyzer.h"
#include "model/ChatExport.h"

namespace idiolect {

class Session;

/** Input of the Style page's analysis. */
struct StyleJobParams
{
    ChatExportPtr chatExport;
    CorpusSpec spec;
    StyleOptions options;
};

/** What the Style page shows. */
struct StyleJobResult
{
    StyleAnalysis analysis;
    CorpusCounts counts;
    qsizetype threads = 0; ///< Threads in the corpus.
};

/**
 * Builds the corpus of the current selection and analyses it (core/analysis),
 * as one job: corpus 40 % of the progress, style 60 %.
 */
class StyleJob final
{
public:
    static Expected<StyleJobResult> run(const StyleJobParams &params, JobContext &job);
    /** The session's chats, date range and self as a CorpusSpec. */
    [[nodiscard]] static CorpusSpec specFor(const Session &session);
    /** What the page asks for: partner vocabulary too, more emoji and words than the defaults. */
    [[nodiscard]] static StyleOptions options();
};

} // namespace idiolect
