// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentParams.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QString twitterModeName(TwitterMode mode)
{
    switch (mode) {
    case TwitterMode::Off: return u"off"_s;
    case TwitterMode::Previews: return u"previews"_s;
    case TwitterMode::Fetch: return u"fetch"_s;
    }
    return {};
}

QString imageModeName(ImageMode mode)
{
    return mode == ImageMode::Describe ? u"describe"_s : u"off"_s;
}

bool parseTwitterMode(QStringView text, TwitterMode *mode)
{
    for (TwitterMode m : {TwitterMode::Off, TwitterMode::Previews, TwitterMode::Fetch}) {
        if (text.compare(twitterModeName(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

bool parseImageMode(QStringView text, ImageMode *mode)
{
    for (ImageMode m : {ImageMode::Off, ImageMode::Describe}) {
        if (text.compare(imageModeName(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

} // namespace idiolect
