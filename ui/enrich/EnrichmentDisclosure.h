// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QUrl;

namespace idiolect {

struct EnrichmentParams;
struct VisionSettings;

/**
 * The plain sentences that tell the user what leaves the computer for each
 * enrichment switch. Preferences show them next to the switches, the
 * enrichment window above its results, so both always say the same.
 */
class EnrichmentDisclosure final
{
    Q_DECLARE_TR_FUNCTIONS(EnrichmentDisclosure)

public:
    /** Stored link previews: nothing is sent. */
    [[nodiscard]] static QString previews();
    /** Fetching posts: which host receives what. */
    [[nodiscard]] static QString tweetFetch(const QUrl &tweetApi);
    /** Describing images: that images are uploaded, and where to. */
    [[nodiscard]] static QString images(const VisionSettings &vision);
    /** True if @p params send anything to another computer (a host that is not local). */
    [[nodiscard]] static bool leavesComputer(const EnrichmentParams &params);
    /** One sentence for a whole configuration ("Nothing leaves this computer." or what does). */
    [[nodiscard]] static QString summary(const EnrichmentParams &params);
    /** The tweet API in use: @p configured, or the built-in default when empty. */
    [[nodiscard]] static QUrl tweetApi(const QUrl &configured);
};

} // namespace idiolect
