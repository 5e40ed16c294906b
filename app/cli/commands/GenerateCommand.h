// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"
#include "enrich/EnrichmentSummary.h"
#include "model/ChatExport.h"
#include "model/TextLayer.h"

#include <QCoreApplication>

namespace idiolect::cli {

/**
 * idiolect-cli generate EXPORT -o OUT [...]: the whole pipeline, writing a
 * trainer-ready dataset (format by -o extension) and optionally a summary.
 */
class GenerateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;

private:
    /**
     * The text layer the pipeline reads. Stages that rewrite text (enrichment,
     * --anonymize) build their layer here, on top of the raw one; returns null
     * after printing an error (sets *exitCode).
     */
    TextLayerPtr buildLayer(const ChatExportPtr &ex, const QCommandLineParser &parser, CliIo &io,
                            int *exitCode);

    /** What the enrichment stage of buildLayer() did, for the summary. */
    EnrichmentSummary m_enrichment;
};

} // namespace idiolect::cli
