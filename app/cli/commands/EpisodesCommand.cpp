// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EpisodesCommand.h"

#include "CliSupport.h"
#include "GenerationCliOptions.h"
#include "analysis/AnalysisJson.h"
#include "analysis/EpisodeSegmenter.h"
#include "common/JobContext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

QString EpisodesCommand::name() const
{
    return u"episodes"_s;
}

QString EpisodesCommand::summary() const
{
    return tr("List natural dialogue episodes (conversations split at long pauses).");
}

namespace {

constexpr int kGroups = GenerationCliOptions::Filters | GenerationCliOptions::Episodes;

} // namespace

void EpisodesCommand::configure(QCommandLineParser &parser) const
{
    GenerationCliOptions::configureAnalysis(
        parser, kGroups, tr("Print a JSON array with the messages of each episode."));
}

int EpisodesCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    int exitCode = ExitOk;
    const auto analysis = GenerationCliOptions::prepare(parser, kGroups, io, &exitCode);
    if (!analysis)
        return exitCode;
    const Corpus *corpus = &analysis->corpus;
    JobContext job;
    auto episodes = EpisodeSegmenter::segmentAll(*corpus, analysis->options.episodes, job);
    if (!episodes)
        return GenerationCliOptions::fail(io, episodes.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray all;
        for (const Episode &e : *episodes)
            all.append(AnalysisJson::episode(*corpus, e));
        io.out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    io.out << tr("%1 episodes").arg(episodes->size()) << '\n';
    io.out << "  " << tr("Episode").leftJustified(28) << tr("Start (UTC)").leftJustified(18)
           << tr("Messages").rightJustified(9) << tr("Yours").rightJustified(7)
           << tr("Minutes").rightJustified(9) << "  " << tr("Type") << '\n';
    for (const Episode &e : *episodes) {
        const CorpusThread &t = corpus->threads()[e.thread];
        const qint64 start = t.messages[e.begin].time;
        const qint64 minutes = (t.messages[e.end - 1].time - start) / 60000;
        io.out << "  " << EpisodeSegmenter::episodeId(*corpus, e).leftJustified(28)
               << QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc())
                      .toString(u"yyyy-MM-dd HH:mm"_s)
                      .leftJustified(18)
               << QString::number(e.messageCount()).rightJustified(9)
               << QString::number(e.yourMessages).rightJustified(7)
               << QString::number(minutes).rightJustified(9) << "  " << conversationTypeName(e.type)
               << '\n';
    }
    return ExitOk;
}

} // namespace idiolect::cli
