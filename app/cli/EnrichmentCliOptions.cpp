// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentCliOptions.h"

#include "common/JobContext.h"
#include "enrich/EnrichmentCache.h"
#include "enrich/EnrichmentJob.h"
#include "enrich/FxTwitterProvider.h"
#include "enrich/keychain/ApiKeyStore.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace idiolect::cli {

namespace {

constexpr auto kKeyVariable = "IDIOLECT_VISION_API_KEY";

bool usage(CliIo &io, int *exitCode, const QString &message)
{
    io.err << "idiolect-cli: " << message << '\n';
    *exitCode = ExitUsage;
    return false;
}

bool readPositive(const QCommandLineParser &parser, const QString &name, int *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0)
        return false;
    *out = value;
    return true;
}

bool readUrl(const QCommandLineParser &parser, const QString &name, QUrl *out)
{
    if (!parser.isSet(name))
        return true;
    const QUrl url(parser.value(name), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty())
        return false;
    *out = url;
    return true;
}

} // namespace

void EnrichmentCliOptions::add(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        u"twitter"_s,
        tr("Tweet links: off, previews (stored link previews and cache; no network; default) "
           "or fetch (also ask the FxTwitter API - sends post ids)."),
        u"MODE"_s, u"previews"_s));
    parser.addOption(QCommandLineOption(
        u"link-previews"_s, tr("Add stored previews of other links: on (default) or off."),
        u"on|off"_s, u"on"_s));
    parser.addOption(QCommandLineOption(
        u"images"_s, tr("Images: off (default) or describe (sends images to the vision endpoint)."),
        u"MODE"_s, u"off"_s));
    parser.addOption(QCommandLineOption(
        u"vision-url"_s,
        tr("OpenAI-compatible endpoint for image descriptions (default: local Ollama, %1).")
            .arg(VisionSettings::ollamaEndpoint().toString()),
        u"URL"_s));
    parser.addOption(QCommandLineOption(
        u"vision-model"_s,
        tr("Vision model name (default: %1).").arg(VisionSettings::defaultModel()), u"NAME"_s));
    parser.addOption(QCommandLineOption(
        u"vision-prompt"_s, tr("Prompt for image descriptions (%1 = max length)."), u"TEXT"_s));
    parser.addOption(QCommandLineOption(
        u"vision-max-chars"_s, tr("Longest image description kept (default 200)."), u"N"_s));
    parser.addOption(
        QCommandLineOption(u"vision-key-from-keychain"_s,
                           tr("Read the vision API key from the system keychain (else from $%1).")
                               .arg(QLatin1String(kKeyVariable))));
    parser.addOption(QCommandLineOption(
        u"max-images"_s, tr("Images sent for description per run (default 100)."), u"N"_s));
    parser.addOption(QCommandLineOption(u"max-images-per-message"_s,
                                        tr("Images described per message (default 4)."), u"N"_s));
    parser.addOption(QCommandLineOption(u"enrich-scope"_s,
                                        tr("Enrich all messages (default) or only your own."),
                                        u"all|own"_s, u"all"_s));
    parser.addOption(QCommandLineOption(u"tweet-api"_s,
                                        tr("FxTwitter-compatible API base (default %1).")
                                            .arg(FxTwitterProvider::defaultBaseUrl().toString()),
                                        u"URL"_s));
    parser.addOption(QCommandLineOption(
        u"enrichment-cache"_s,
        tr("Enrichment cache file (default %1).").arg(EnrichmentCache::defaultPath()), u"FILE"_s));
    parser.addOption(
        QCommandLineOption(u"no-enrichment-cache"_s, tr("Keep fetched texts only for this run.")));
}

bool EnrichmentCliOptions::read(const QCommandLineParser &parser, CliIo &io,
                                EnrichmentParams &params, int *exitCode)
{
    if (!parseTwitterMode(parser.value(u"twitter"_s), &params.twitter))
        return usage(io, exitCode, tr("--twitter must be off, previews or fetch."));
    if (!parseImageMode(parser.value(u"images"_s), &params.images))
        return usage(io, exitCode, tr("--images must be off or describe."));
    const QString previews = parser.value(u"link-previews"_s);
    if (previews != u"on" && previews != u"off")
        return usage(io, exitCode, tr("--link-previews must be on or off."));
    params.webPreviews = previews == u"on";
    const QString scope = parser.value(u"enrich-scope"_s);
    if (scope != u"all" && scope != u"own")
        return usage(io, exitCode, tr("--enrich-scope must be all or own."));
    params.scope = scope == u"own" ? EnrichmentScope::OwnMessages : EnrichmentScope::AllMessages;

    if (!readUrl(parser, u"vision-url"_s, &params.vision.endpoint))
        return usage(io, exitCode, tr("--vision-url must be an http(s) URL."));
    if (!readUrl(parser, u"tweet-api"_s, &params.tweetApiBase))
        return usage(io, exitCode, tr("--tweet-api must be an http(s) URL."));
    if (parser.isSet(u"vision-model"_s))
        params.vision.model = parser.value(u"vision-model"_s);
    if (parser.isSet(u"vision-prompt"_s))
        params.vision.prompt = parser.value(u"vision-prompt"_s);
    if (!readPositive(parser, u"vision-max-chars"_s, &params.vision.maxChars)
        || !readPositive(parser, u"max-images"_s, &params.maxImagesPerRun)
        || !readPositive(parser, u"max-images-per-message"_s, &params.maxImagesPerMessage))
        return usage(io, exitCode, tr("Image limits must be whole numbers of 0 or more."));

    if (parser.isSet(u"no-enrichment-cache"_s))
        params.cachePath.clear();
    else if (parser.isSet(u"enrichment-cache"_s))
        params.cachePath = parser.value(u"enrichment-cache"_s);
    else
        params.cachePath = EnrichmentCache::defaultPath();

    params.vision.apiKey = qEnvironmentVariable(kKeyVariable);
    if (params.images == ImageMode::Describe && parser.isSet(u"vision-key-from-keychain"_s)) {
        const auto key = ApiKeyStore::readBlocking(ApiKeyStore::keyFor(params.vision.endpoint));
        if (!key) {
            io.err << "idiolect-cli: " << key.error().toString() << '\n';
            *exitCode = ExitFailed;
            return false;
        }
        params.vision.apiKey = *key;
    }
    return true;
}

Expected<EnrichmentResult> EnrichmentCliOptions::run(const EnrichmentParams &params, CliIo &io)
{
    if (params.twitter == TwitterMode::Fetch) {
        const QUrl api = params.tweetApiBase.isEmpty() ? FxTwitterProvider::defaultBaseUrl()
                                                       : params.tweetApiBase;
        io.err << tr("Note: tweet fetching is on - post ids of shared links without a stored "
                     "preview are sent to %1, and t.co codes to t.co.")
                      .arg(api.host())
               << '\n';
    }
    if (params.images == ImageMode::Describe) {
        if (params.vision.isLocal())
            io.err << tr("Note: images are described by the model at %1 on this computer.")
                          .arg(params.vision.endpoint.toString())
                   << '\n';
        else
            io.err << tr("Note: image describing is on - your image attachments are sent to "
                         "%1, which is not this computer.")
                          .arg(params.vision.endpoint.host())
                   << '\n';
    }
    JobContext job;
    auto result = EnrichmentJob::run(params, job);
    if (result) {
        for (const QString &warning : std::as_const(result->warnings))
            io.err << tr("Warning:") << ' ' << warning << '\n';
    }
    io.err.flush();
    return result;
}

} // namespace idiolect::cli
