// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentDisclosure.h"

#include "enrich/EnrichmentParams.h"
#include "enrich/FxTwitterProvider.h"
#include "enrich/VisionSettings.h"

#include <QStringList>
#include <QUrl>

namespace idiolect {

QString EnrichmentDisclosure::previews()
{
    return tr("Nothing is sent. Idiolect uses the title and text that Signal saved with a link "
              "when it was shared, and texts fetched in earlier runs.");
}

QUrl EnrichmentDisclosure::tweetApi(const QUrl &configured)
{
    return configured.isValid() && !configured.isEmpty() ? configured
                                                         : FxTwitterProvider::defaultBaseUrl();
}

QString EnrichmentDisclosure::tweetFetch(const QUrl &tweetApi)
{
    return tr("When on: for each shared post without a saved preview, only the post's number is "
              "sent to %1, and the code of each t.co short link to t.co. Your messages, names "
              "and phone numbers are never sent.")
        .arg(EnrichmentDisclosure::tweetApi(tweetApi).host());
}

QString EnrichmentDisclosure::images(const VisionSettings &vision)
{
    const QString host = vision.endpoint.host();
    if (vision.isLocal())
        return tr("When on: every shared photo (not stickers or view-once media) is uploaded to "
                  "the model at %1, which runs on this computer. Nothing goes to the internet.")
            .arg(vision.endpoint.toString().toHtmlEscaped());
    return tr("When on: every shared photo (not stickers or view-once media) is <b>uploaded to "
              "%1</b>, a server outside this computer. Switch this on only if you trust that "
              "service with your photos.")
        .arg(host.toHtmlEscaped());
}

bool EnrichmentDisclosure::leavesComputer(const EnrichmentParams &params)
{
    return params.twitter == TwitterMode::Fetch
        || (params.images == ImageMode::Describe && !params.vision.isLocal());
}

QString EnrichmentDisclosure::summary(const EnrichmentParams &params)
{
    QStringList sent;
    if (params.twitter == TwitterMode::Fetch)
        sent << tr("post numbers go to %1").arg(tweetApi(params.tweetApiBase).host());
    if (params.images == ImageMode::Describe && !params.vision.isLocal())
        sent << tr("photos go to %1").arg(params.vision.endpoint.host());
    if (sent.isEmpty())
        return tr("Nothing leaves this computer.");
    return tr("Leaves this computer: %1.").arg(sent.join(tr(", ")));
}

} // namespace idiolect
