// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportBuilder.h"
#include "analysis/EpisodeSegmenter.h"
#include "analysis/StyleAnalyzer.h"
#include "generation/GenerationJob.h"

#include <memory>

namespace idiolect::test {

/** What the strategies produced for a layer, before sampling (as GenerationJob runs them). */
struct Generated
{
    std::shared_ptr<Corpus> corpus;
    StyleAnalysis style;
    std::vector<Example> examples;

    /** Runs episodes, style and the strategies of @p options over @p layer. */
    static Generated of(const TextLayerPtr &layer, const GenerationOptions &options)
    {
        Generated g;
        g.corpus = std::make_shared<Corpus>(corpusOf(layer));
        auto episodes
            = EpisodeSegmenter::segmentAll(*g.corpus, options.episodes, JobContext::detached());
        g.style = std::move(
            *StyleAnalyzer::analyze(*g.corpus, options.style, *episodes, JobContext::detached()));
        g.examples = std::move(
            *GenerationJob::generate(*g.corpus, options, g.style, JobContext::detached()));
        return g;
    }
};

} // namespace idiolect::test
