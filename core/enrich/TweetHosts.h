// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace idiolect {

/**
 * @brief The hosts whose /status/<id> links are tweets, in one table.
 *
 * Exact host names only — "x.com.evil.example" or "notx.com" never match:
 * twitter.com and x.com (www., mobile., m.), the embed fixers fxtwitter.com,
 * vxtwitter.com, fixupx.com, fixvx.com, twittpr.com (with their d./g./i.
 * subdomains), and Nitter-style front ends (any host with a "nitter" label
 * such as nitter.net or nitter.poast.org, plus xcancel.com). t.co is the
 * short-link host.
 */
class TweetHosts final
{
public:
    /** @p host must be lower-case (QUrl::host() already is). */
    static bool isTweetHost(QStringView host);
    static bool isShortLinkHost(QStringView host) { return host == u"t.co"; }

    /**
     * If @p text starts with a known tweet or short-link host followed by "/"
     * (any case, no scheme), the length of the host; otherwise 0. Used for
     * links pasted without "https://".
     */
    static qsizetype bareHostLength(QStringView text);
};

} // namespace idiolect
