// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"
#include "analysis/Corpus.h"
#include "generation/GenerationOptions.h"

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace idiolect::cli {

/**
 * @brief Command-line options shared by generate, style, episodes and windows,
 *        parsed into a GenerationOptions.
 */
class GenerationCliOptions final
{
    Q_DECLARE_TR_FUNCTIONS(GenerationCliOptions)

public:
    /** Which option groups a command added (parse only reads those). */
    enum Group { Filters = 1, Windows = 2, Episodes = 4, Strategies = 8 };

    /** --partner, --from, --to, --exclude-blocked, --min-length, --include-system-messages
     *  (the shared --time-zone of ExportOptions also sets the analysis zone). */
    static void addFilters(QCommandLineParser &parser);
    /** --window-size, --stride, --min-window-messages. */
    static void addWindows(QCommandLineParser &parser);
    /** --episode-gap-minutes, --min-episode, --max-episode. */
    static void addEpisodes(QCommandLineParser &parser);
    /**
     * --momentum, --burst-gap, --min-burst, --max-burst, --min-style-difference,
     * --min-conversations: the strategy parameters of the original API.
     */
    static void addStrategyParameters(QCommandLineParser &parser);

    /** Reads the options of @p groups; prints a usage error and returns nullopt on bad values. */
    static std::optional<GenerationOptions> parse(const QCommandLineParser &parser, int groups,
                                                  CliIo &io);

    /** The parsed options and the corpus an analysis command works on. */
    struct Analysis
    {
        GenerationOptions options;
        Corpus corpus;
    };

    /** Adds EXPORT and the shared import options, --json (described by @p jsonHelp) and @p groups. */
    static void configureAnalysis(QCommandLineParser &parser, int groups, const QString &jsonHelp);
    /** parse() plus loadCorpus(); nullopt (with *exitCode set) when either fails. */
    static std::optional<Analysis> prepare(const QCommandLineParser &parser, int groups, CliIo &io,
                                           int *exitCode);
    /** Prints @p error and returns its exit code. */
    static int fail(CliIo &io, const Error &error);

    /**
     * Imports EXPORT and builds the filtered corpus over the raw text layer
     * (for the analysis commands); prints errors and sets *exitCode on failure.
     */
    static std::optional<Corpus> loadCorpus(const QCommandLineParser &parser,
                                            const GenerationOptions &options, CliIo &io,
                                            int *exitCode);
};

} // namespace idiolect::cli
