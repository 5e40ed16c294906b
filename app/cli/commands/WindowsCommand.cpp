// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsCommand.h"

#include "CliSupport.h"
#include "GenerationCliOptions.h"
#include "analysis/AnalysisJson.h"
#include "analysis/WindowFinder.h"
#include "common/JobContext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

QString WindowsCommand::name() const
{
    return u"windows"_s;
}

QString WindowsCommand::summary() const
{
    return tr("List conversation windows (your messages with the context before them).");
}

namespace {

constexpr int kGroups = GenerationCliOptions::Filters | GenerationCliOptions::Windows;

} // namespace

void WindowsCommand::configure(QCommandLineParser &parser) const
{
    GenerationCliOptions::configureAnalysis(
        parser, kGroups, tr("Print a JSON array with context and response text."));
}

int WindowsCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    int exitCode = ExitOk;
    const auto analysis = GenerationCliOptions::prepare(parser, kGroups, io, &exitCode);
    if (!analysis)
        return exitCode;
    const Corpus *corpus = &analysis->corpus;
    JobContext job;
    auto windows = WindowFinder::findAll(*corpus, analysis->options.windows, job);
    if (!windows)
        return GenerationCliOptions::fail(io, windows.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray all;
        for (const ConversationWindow &w : *windows)
            all.append(AnalysisJson::window(*corpus, w));
        io.out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    io.out << tr("%1 windows").arg(windows->size()) << '\n';
    io.out << "  " << tr("Thread").leftJustified(8) << tr("Time (UTC)").leftJustified(18)
           << tr("Context").rightJustified(8) << tr("Gap s").rightJustified(10)
           << tr("Delay s").rightJustified(10) << "  " << tr("Momentum").leftJustified(10)
           << tr("Media") << '\n';
    for (const ConversationWindow &w : *windows) {
        const CorpusThread &t = corpus->threads()[w.thread];
        io.out << "  " << QString::number(t.threadId).leftJustified(8)
               << QDateTime::fromMSecsSinceEpoch(t.messages[w.target].time, QTimeZone::utc())
                      .toString(u"yyyy-MM-dd HH:mm"_s)
                      .leftJustified(18)
               << QString::number(w.contextSize()).rightJustified(8)
               << QString::number(w.avgTimeGap, 'f', 1).rightJustified(10)
               << QString::number(w.responseDelay, 'f', 1).rightJustified(10) << "  "
               << momentumName(w.momentum).leftJustified(10) << (w.hasMedia ? tr("yes") : tr("no"))
               << '\n';
    }
    return ExitOk;
}

} // namespace idiolect::cli
