// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TweetHosts.h"

#include <array>

namespace idiolect {

namespace {

// Hosts serving twitter.com-shaped /<user>/status/<id> paths.
constexpr std::array<QStringView, 26> kTweetHosts = {
    u"twitter.com",
    u"www.twitter.com",
    u"mobile.twitter.com",
    u"m.twitter.com",
    u"x.com",
    u"www.x.com",
    u"mobile.x.com",
    u"fxtwitter.com",
    u"www.fxtwitter.com",
    u"d.fxtwitter.com",
    u"g.fxtwitter.com",
    u"i.fxtwitter.com",
    u"vxtwitter.com",
    u"www.vxtwitter.com",
    u"d.vxtwitter.com",
    u"fixupx.com",
    u"www.fixupx.com",
    u"d.fixupx.com",
    u"g.fixupx.com",
    u"i.fixupx.com",
    u"fixvx.com",
    u"d.fixvx.com",
    u"twittpr.com",
    u"xcancel.com",
    u"nitter.net",
    u"twiiit.com",
};

// Hosts recognised without a scheme ("x.com/user/status/1"): the common ones only.
constexpr std::array<QStringView, 12> kBareHosts = {
    u"twitter.com", u"www.twitter.com", u"mobile.twitter.com", u"x.com",
    u"www.x.com",   u"fxtwitter.com",   u"vxtwitter.com",      u"fixupx.com",
    u"fixvx.com",   u"nitter.net",      u"xcancel.com",        u"t.co",
};

bool hasNitterLabel(QStringView host)
{
    // nitter.poast.org, nitter.privacydev.net, nitter.it — the label before the public suffix
    // part counts, the last label (TLD) does not ("evil.nitter" is not a Nitter host).
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = host.indexOf(u'.', start);
        if (dot < 0)
            return false;
        if (host.sliced(start, dot - start) == u"nitter")
            return true;
        start = dot + 1;
    }
}

} // namespace

bool TweetHosts::isTweetHost(QStringView host)
{
    for (QStringView known : kTweetHosts) {
        if (host == known)
            return true;
    }
    return hasNitterLabel(host);
}

qsizetype TweetHosts::bareHostLength(QStringView text)
{
    for (QStringView host : kBareHosts) {
        if (text.size() > host.size() && text.at(host.size()) == u'/'
            && text.first(host.size()).compare(host, Qt::CaseInsensitive) == 0)
            return host.size();
    }
    return 0;
}

} // namespace idiolect
