// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace idiolect::cli {

/**
 * idiolect-cli enrich EXPORT [enrichment flags] [--json] [--with-text] | --clear-cache:
 * what enrichment would add (tweets, link previews, image descriptions) and its counts.
 */
class EnrichCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EnrichCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace idiolect::cli
