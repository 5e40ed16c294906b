// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationCliOptions.h"

#include "CliSupport.h"
#include "common/JobContext.h"
#include "generation/MessageFilter.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

namespace {

/** Reads an integer option >= @p min if it was given; false (after printing) if invalid. */
bool readInt(const QCommandLineParser &parser, const QString &name, int min, int *out, CliIo &io)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min) {
        io.err << GenerationCliOptions::tr("--%1 needs a whole number of at least %2.")
                      .arg(name)
                      .arg(min)
               << '\n';
        return false;
    }
    *out = v;
    return true;
}

bool readDate(const QCommandLineParser &parser, const QString &name, std::optional<QDate> *out,
              CliIo &io)
{
    if (!parser.isSet(name))
        return true;
    const QDate d = QDate::fromString(parser.value(name), u"yyyy-MM-dd"_s);
    if (!d.isValid()) {
        io.err << GenerationCliOptions::tr("--%1 needs a date as YYYY-MM-DD.").arg(name) << '\n';
        return false;
    }
    *out = d;
    return true;
}

} // namespace

void GenerationCliOptions::addFilters(QCommandLineParser &parser)
{
    parser.addOption({u"partner"_s,
                      tr("Only this chat: a thread id or the chat's exact name (repeatable)."),
                      u"NAME_OR_THREAD_ID"_s});
    parser.addOption(
        {u"from"_s, tr("Only messages sent on or after this local date."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s,
                      tr("Only messages sent before this local date (exclusive: --to 2024-01-01 "
                         "ends with 2023)."),
                      u"YYYY-MM-DD"_s});
    parser.addOption({u"exclude-blocked"_s,
                      tr("Leave out blocked chats and blocked people's messages in groups.")});
    parser.addOption({u"min-length"_s,
                      tr("Minimum length (characters) of your messages used as targets "
                         "(default 5). Context keeps short messages."),
                      u"N"_s});
    parser.addOption({u"include-system-messages"_s,
                      tr("Keep calls and group updates as context placeholders.")});
}

void GenerationCliOptions::addWindows(QCommandLineParser &parser)
{
    parser.addOption(
        {u"window-size"_s, tr("Context messages before your message (default 5)."), u"N"_s});
    parser.addOption({u"stride"_s, tr("Keep every N-th window of a chat (default 1)."), u"N"_s});
    parser.addOption({u"min-window-messages"_s,
                      tr("Minimum messages in a window, context plus yours (default 3)."), u"N"_s});
}

void GenerationCliOptions::addEpisodes(QCommandLineParser &parser)
{
    parser.addOption({u"episode-gap-minutes"_s,
                      tr("A pause longer than this starts a new episode (default 30)."), u"N"_s});
    parser.addOption({u"min-episode"_s, tr("Minimum messages per episode (default 3)."), u"N"_s});
    parser.addOption({u"max-episode"_s,
                      tr("Maximum messages per episode; longer ones are split (default 100)."),
                      u"N"_s});
}

void GenerationCliOptions::addStrategyParameters(QCommandLineParser &parser)
{
    parser.addOption({u"momentum"_s,
                      tr("conversational: only windows of this momentum (rapid, moderate, slow)."),
                      u"MOMENTUM"_s});
    parser.addOption({u"burst-gap"_s,
                      tr("burst: most seconds between messages of a burst (default 120)."),
                      u"SECONDS"_s});
    parser.addOption(
        {u"min-burst"_s, tr("burst: fewest messages in a burst (default 2)."), u"N"_s});
    parser.addOption({u"max-burst"_s,
                      tr("burst: most messages in a burst; longer ones are split (default 10)."),
                      u"N"_s});
    parser.addOption({u"min-style-difference"_s,
                      tr("adaptive: how different a partner's message length must be, 0-1 "
                         "(default 0.5)."),
                      u"X"_s});
    parser.addOption({u"min-conversations"_s,
                      tr("adaptive: conversations with a partner needed (default 20)."), u"N"_s});
}

std::optional<GenerationOptions> GenerationCliOptions::parse(const QCommandLineParser &parser,
                                                             int groups, CliIo &io)
{
    GenerationOptions o;
    if (groups & Filters) {
        o.filters.partners = parser.values(u"partner"_s);
        o.filters.excludeBlocked = parser.isSet(u"exclude-blocked"_s);
        o.includeSystemMessages = parser.isSet(u"include-system-messages"_s);
        // --time-zone (shared with the importers, see ExportOptions) is the user's zone: it
        // also decides local dates for --from/--to and the time patterns.
        if (parser.isSet(u"time-zone"_s)) {
            const QTimeZone zone(parser.value(u"time-zone"_s).toUtf8());
            if (!zone.isValid()) {
                io.err << tr("--time-zone needs an IANA zone such as Europe/Berlin or UTC.")
                       << '\n';
                return std::nullopt;
            }
            o.style.timeZone = zone;
        }
        if (!readDate(parser, u"from"_s, &o.filters.from, io)
            || !readDate(parser, u"to"_s, &o.filters.to, io)
            || !readInt(parser, u"min-length"_s, 1, &o.minMessageLength, io))
            return std::nullopt;
    }
    if ((groups & Windows)
        && (!readInt(parser, u"window-size"_s, 1, &o.windows.windowSize, io)
            || !readInt(parser, u"stride"_s, 1, &o.windows.stride, io)
            || !readInt(parser, u"min-window-messages"_s, 2, &o.windows.minWindowMessages, io)))
        return std::nullopt;
    if (groups & Episodes) {
        if (!readInt(parser, u"episode-gap-minutes"_s, 0, &o.episodes.timeGapMinutes, io)
            || !readInt(parser, u"min-episode"_s, 1, &o.episodes.minEpisodeLength, io)
            || !readInt(parser, u"max-episode"_s, 1, &o.episodes.maxEpisodeLength, io))
            return std::nullopt;
        if (o.episodes.maxEpisodeLength < o.episodes.minEpisodeLength) {
            io.err << tr("--max-episode must be at least --min-episode.") << '\n';
            return std::nullopt;
        }
    }
    if (groups & Strategies) {
        if (parser.isSet(u"momentum"_s)) {
            o.conversational.momentumFilter = momentumFromName(parser.value(u"momentum"_s));
            if (!o.conversational.momentumFilter) {
                io.err << tr("--momentum must be rapid, moderate or slow.") << '\n';
                return std::nullopt;
            }
        }
        if (!readInt(parser, u"burst-gap"_s, 1, &o.burst.maxTimeBetweenMessagesSeconds, io)
            || !readInt(parser, u"min-burst"_s, 2, &o.burst.minBurstSize, io)
            || !readInt(parser, u"max-burst"_s, 2, &o.burst.maxBurstSize, io)
            || !readInt(parser, u"min-conversations"_s, 0, &o.adaptive.minConversationsPerPartner,
                        io))
            return std::nullopt;
        if (o.burst.maxBurstSize < o.burst.minBurstSize) {
            io.err << tr("--max-burst must be at least --min-burst.") << '\n';
            return std::nullopt;
        }
        if (parser.isSet(u"min-style-difference"_s)) {
            bool ok = false;
            o.adaptive.minStyleDifference = parser.value(u"min-style-difference"_s).toDouble(&ok);
            if (!ok || o.adaptive.minStyleDifference < 0 || o.adaptive.minStyleDifference > 1) {
                io.err << tr("--min-style-difference needs a number from 0 to 1.") << '\n';
                return std::nullopt;
            }
        }
    }
    return o;
}

void GenerationCliOptions::configureAnalysis(QCommandLineParser &parser, int groups,
                                             const QString &jsonHelp)
{
    ExportOptions::add(parser);
    parser.addOption({u"json"_s, jsonHelp});
    if (groups & Windows)
        addWindows(parser);
    if (groups & Episodes)
        addEpisodes(parser);
    if (groups & Filters)
        addFilters(parser);
}

std::optional<GenerationCliOptions::Analysis>
GenerationCliOptions::prepare(const QCommandLineParser &parser, int groups, CliIo &io,
                              int *exitCode)
{
    std::optional<GenerationOptions> options = parse(parser, groups, io);
    if (!options) {
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    std::optional<Corpus> corpus = loadCorpus(parser, *options, io, exitCode);
    if (!corpus)
        return std::nullopt;
    return Analysis{std::move(*options), std::move(*corpus)};
}

int GenerationCliOptions::fail(CliIo &io, const Error &error)
{
    printError(io, error);
    return exitCodeFor(error);
}

std::optional<Corpus> GenerationCliOptions::loadCorpus(const QCommandLineParser &parser,
                                                       const GenerationOptions &options, CliIo &io,
                                                       int *exitCode)
{
    const ChatExportPtr ex = loadExport(parser, io, exitCode);
    if (!ex)
        return std::nullopt;
    const auto layer = std::make_shared<const TextLayer>(ex);
    auto spec = MessageFilter::toCorpusSpec(*layer, options);
    if (!spec) {
        *exitCode = fail(io, spec.error());
        return std::nullopt;
    }
    JobContext job;
    auto corpus = Corpus::build(layer, *spec, job);
    if (!corpus) {
        *exitCode = fail(io, corpus.error());
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return std::move(*corpus);
}

} // namespace idiolect::cli
