// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include "common/Expected.h"
#include "enrich/EnrichmentParams.h"
#include "enrich/EnrichmentResult.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace idiolect::cli {

/**
 * @brief The enrichment flags `enrich` and `generate` share, and running the job for them.
 *
 * `--twitter off|previews|fetch` (default previews: stored link previews and
 * the cache, no network), `--link-previews on|off`, `--images off|describe`
 * (default off), `--vision-url`, `--vision-model`, `--vision-prompt`,
 * `--vision-max-chars`, `--max-images`, `--max-images-per-message`,
 * `--enrich-scope all|own`, `--tweet-api URL`, `--enrichment-cache FILE` /
 * `--no-enrichment-cache`. The vision API key is never a command-line
 * argument (it would end up in the shell history and the process list): it
 * comes from the environment variable IDIOLECT_VISION_API_KEY or, with
 * `--vision-key-from-keychain`, from the system keychain.
 */
class EnrichmentCliOptions final
{
    Q_DECLARE_TR_FUNCTIONS(EnrichmentCliOptions)

public:
    static void add(QCommandLineParser &parser);

    /**
     * Fills @p params (everything but `input`) from the parsed flags. On a bad
     * value prints the problem and returns false with *exitCode set.
     */
    static bool read(const QCommandLineParser &parser, CliIo &io, EnrichmentParams &params,
                     int *exitCode);

    /**
     * Runs EnrichmentJob over @p params, telling the user on stderr what will
     * leave the machine (only when fetch/describe are on) and printing the
     * job's warnings. Never prints message text.
     */
    static Expected<EnrichmentResult> run(const EnrichmentParams &params, CliIo &io);
};

} // namespace idiolect::cli
