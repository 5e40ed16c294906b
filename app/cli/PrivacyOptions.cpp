// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyOptions.h"

#include "CliSupport.h"
#include "common/JobContext.h"
#include "privacy/PrivacyJob.h"
#include "privacy/WordListFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

void PrivacyOptions::add(QCommandLineParser &parser, bool anonymizeFlag)
{
    if (anonymizeFlag) {
        parser.addOption(QCommandLineOption(
            u"anonymize"_s,
            tr("How personal data is replaced: pseudonymize (default, stable pseudonyms), "
               "redact (<PHONE>, <PERSON>) or off."),
            u"MODE"_s, u"pseudonymize"_s));
        parser.addOption(QCommandLineOption(
            u"pseudonym-map"_s,
            tr("Read and update the real-to-pseudonym mapping in FILE so re-runs give the same "
               "pseudonyms. The file holds real names: keep it private; it is never part of the "
               "dataset."),
            u"FILE"_s));
    }
    parser.addOption(QCommandLineOption(
        u"region"_s,
        tr("Country for national phone formats, e.g. DE or US (default: from your own number, "
           "then the system locale)."),
        u"CC"_s));
    parser.addOption(QCommandLineOption(
        u"names-file"_s, tr("More names to anonymize, one per line (# starts a comment)."),
        u"FILE"_s));
    parser.addOption(QCommandLineOption(
        u"keywords-file"_s,
        tr("Sensitive keywords, one per line, replacing the built-in list; prefix a line with "
           "\"drop:\" or \"flag:\" (default drop)."),
        u"FILE"_s));
    parser.addOption(QCommandLineOption(
        u"allow-file"_s, tr("Words never treated as personal data, one per line."), u"FILE"_s));
}

std::optional<PrivacyConfig> PrivacyOptions::toConfig(const QCommandLineParser &parser, CliIo &io,
                                                      int *exitCode, bool *enabled)
{
    PrivacyConfig config = PrivacyConfig::defaults();
    if (enabled)
        *enabled = true;
    // Only generate defines --anonymize (and passes @p enabled).
    if (enabled && parser.isSet(u"anonymize"_s)) {
        const QString mode = parser.value(u"anonymize"_s);
        if (mode == u"off") {
            if (enabled)
                *enabled = false;
        } else if (mode == u"redact") {
            config.setAllOperators(PrivacyOperator::Redact);
        } else if (mode != u"pseudonymize") {
            io.err << tr("--anonymize must be pseudonymize, redact or off.") << '\n';
            *exitCode = ExitUsage;
            return std::nullopt;
        }
    }
    config.region = parser.value(u"region"_s).trimmed().toUpper();
    const auto readList = [&](const QString &option, QStringList *out) {
        if (!parser.isSet(option))
            return true;
        const auto list = WordListFile::read(parser.value(option));
        if (!list) {
            printError(io, list.error());
            *exitCode = exitCodeFor(list.error());
            return false;
        }
        *out = *list;
        return true;
    };
    QStringList keywordLines;
    if (!readList(u"names-file"_s, &config.extraNames)
        || !readList(u"allow-file"_s, &config.allowList)
        || !readList(u"keywords-file"_s, &keywordLines))
        return std::nullopt;
    if (parser.isSet(u"keywords-file"_s))
        config.keywords
            = PrivacyConfig::keywordsFromLines(keywordLines, KeywordAction::DropMessage);
    *exitCode = ExitOk;
    return config;
}

TextLayerPtr PrivacyOptions::anonymize(const TextLayerPtr &input, const QCommandLineParser &parser,
                                       CliIo &io, int *exitCode)
{
    bool enabled = true;
    const std::optional<PrivacyConfig> config = toConfig(parser, io, exitCode, &enabled);
    if (!config)
        return {};
    if (!enabled)
        return input;
    PrivacyParams params;
    params.input = input;
    params.config = *config;
    params.collectFindings = false;
    const QString mapPath = parser.value(u"pseudonym-map"_s);
    if (!mapPath.isEmpty() && QFileInfo::exists(mapPath)) {
        auto map = PseudonymMap::load(mapPath);
        if (!map) {
            printError(io, map.error());
            *exitCode = exitCodeFor(map.error());
            return {};
        }
        params.mapping = std::move(map).value();
    }
    QElapsedTimer timer;
    timer.start();
    JobContext job;
    auto result = PrivacyJob::run(params, job);
    if (!result) {
        printError(io, result.error());
        *exitCode = exitCodeFor(result.error());
        return {};
    }
    if (!mapPath.isEmpty()) {
        const Status saved = result->mapping.save(mapPath);
        if (!saved) {
            printError(io, saved.error());
            *exitCode = exitCodeFor(saved.error());
            return {};
        }
    }
    const PrivacyReport &report = result->report;
    if (parser.isSet(u"verbose"_s)) {
        io.err << "privacy: " << timer.elapsed() << " ms, " << report.totalHits() << " hits, "
               << report.messagesChanged << " messages changed, " << report.messagesDropped
               << " dropped, region " << report.region << '\n';
        io.err.flush();
    }
    *exitCode = ExitOk;
    return result->layer;
}

} // namespace idiolect::cli
