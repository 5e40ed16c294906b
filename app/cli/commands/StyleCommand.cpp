// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StyleCommand.h"

#include "CliSupport.h"
#include "GenerationCliOptions.h"
#include "analysis/EpisodeSegmenter.h"
#include "analysis/StyleAnalyzer.h"
#include "analysis/StyleJson.h"
#include "common/JobContext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

namespace {

QString num(double v, int decimals = 1)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : u"-"_s;
}

void printProfile(QTextStream &out, const StyleProfile &p, const QString &indent)
{
    const LengthDistribution &d = p.lengthDistribution;
    out << indent
        << StyleCommand::tr("Messages: %1, average length %2 characters (%3)")
               .arg(p.totalMessages)
               .arg(num(p.avgMessageLength), p.preferredLength)
        << '\n';
    out << indent
        << StyleCommand::tr("Lengths: very short %1, short %2, medium %3, long %4, very long %5")
               .arg(d.veryShort)
               .arg(d.shortCount)
               .arg(d.medium)
               .arg(d.longCount)
               .arg(d.veryLong)
        << '\n';
    const BurstPatterns &b = p.burstPatterns;
    out << indent
        << StyleCommand::tr("Bursts: %1 (average %2 messages, largest %3, %4 per message)")
               .arg(b.totalBursts)
               .arg(num(b.avgBurstSize))
               .arg(b.maxBurstSize)
               .arg(num(b.burstFrequency, 2))
        << '\n';
    QStringList emoji;
    for (const auto &e : p.emojiUsage.topEmojis)
        emoji.append(u"%1 %2"_s.arg(e.first).arg(e.second));
    out << indent
        << StyleCommand::tr("Emoji: in %1 of messages; top %2")
               .arg(p.emojiUsage.usageRate(p.totalMessages),
                    emoji.isEmpty() ? u"-"_s : emoji.join(u", "_s))
        << '\n';
    if (p.timePatterns) {
        const TimePatterns &t = *p.timePatterns;
        QStringList hours;
        for (int h : t.mostActiveHours)
            hours.append(QString::number(h));
        QStringList days;
        for (int d2 : t.mostActiveDays)
            days.append(TimePatterns::dayName(d2));
        out << indent
            << StyleCommand::tr("Most active: hours %1; days %2; %3 messages per day (%4)")
                   .arg(hours.join(u", "_s), days.join(u", "_s))
                   .arg(num(t.avgMessagesPerDay))
                   .arg(t.timeZone)
            << '\n';
        if (t.responseTimes.samples > 0)
            out << indent
                << StyleCommand::tr("Reply time: median %1 s, p75 %2 s, p90 %3 s")
                       .arg(num(t.responseTimes.p50, 0), num(t.responseTimes.p75, 0),
                            num(t.responseTimes.p90, 0))
                << '\n';
    }
    if (p.vocabulary) {
        QStringList words;
        for (const auto &w : p.vocabulary->mostCommonWords.mid(0, 10))
            words.append(w.first);
        out << indent
            << StyleCommand::tr("Words: %1 distinct, %2 per message, questions in %3%; "
                                "common: %4")
                   .arg(p.vocabulary->uniqueWords)
                   .arg(num(p.vocabulary->avgWordsPerMessage))
                   .arg(num(p.vocabulary->questionFrequency * 100.0))
                   .arg(words.join(u", "_s))
            << '\n';
    }
}

} // namespace

QString StyleCommand::name() const
{
    return u"style"_s;
}

QString StyleCommand::summary() const
{
    return tr("Analyse your texting style and your chat partners' styles.");
}

void StyleCommand::configure(QCommandLineParser &parser) const
{
    GenerationCliOptions::configureAnalysis(parser, GenerationCliOptions::Filters,
                                            tr("Print JSON (the original API's style keys)."));
    parser.addOption({u"all-partners"_s, tr("Also show every chat partner's profile.")});
}

int StyleCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    int exitCode = ExitOk;
    const auto analysis
        = GenerationCliOptions::prepare(parser, GenerationCliOptions::Filters, io, &exitCode);
    if (!analysis)
        return exitCode;
    JobContext job;
    EpisodeOptions episodeOptions = analysis->options.episodes;
    episodeOptions.classify = false;
    auto episodes = EpisodeSegmenter::segmentAll(analysis->corpus, episodeOptions, job);
    auto style = episodes
        ? StyleAnalyzer::analyze(analysis->corpus, analysis->options.style, *episodes, job)
        : Expected<StyleAnalysis>(episodes.error());
    if (!style)
        return GenerationCliOptions::fail(io, style.error());
    const bool partners = parser.isSet(u"all-partners"_s) || parser.isSet(u"partner"_s);
    if (parser.isSet(u"json"_s)) {
        io.out
            << QJsonDocument(StyleJson::toJson(*style, partners)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    io.out << tr("Your style") << '\n';
    printProfile(io.out, style->personal, u"  "_s);
    if (partners) {
        for (const PartnerProfile &p : style->partners) {
            io.out << '\n'
                   << tr("%1 (thread %2): %3")
                          .arg(p.name)
                          .arg(p.threadId)
                          .arg(partnerStyleName(p.style));
            if (!p.traits.isEmpty())
                io.out << " [" << p.traits.join(u", "_s) << ']';
            io.out << '\n';
            printProfile(io.out, p.partner, u"  "_s);
            io.out << "  " << tr("You with them:") << '\n';
            printProfile(io.out, p.you, u"    "_s);
            io.out << "  "
                   << tr("Style difference %1, adaptation %2, %3 conversations with you")
                          .arg(num(p.styleDifference, 2), num(p.adaptationLevel, 2))
                          .arg(p.episodesWithYou)
                   << '\n';
        }
    }
    return ExitOk;
}

} // namespace idiolect::cli
