// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentItem.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QString enrichmentKindName(EnrichmentKind kind)
{
    switch (kind) {
    case EnrichmentKind::Tweet: return u"tweet"_s;
    case EnrichmentKind::Link: return u"link"_s;
    case EnrichmentKind::Image: return u"image"_s;
    }
    return {};
}

QString enrichmentSourceName(EnrichmentSource source)
{
    switch (source) {
    case EnrichmentSource::None: return u"none"_s;
    case EnrichmentSource::LinkPreview: return u"link_preview"_s;
    case EnrichmentSource::Network: return u"network"_s;
    case EnrichmentSource::Cache: return u"cache"_s;
    }
    return {};
}

QString enrichmentStatusName(EnrichmentStatus status)
{
    switch (status) {
    case EnrichmentStatus::Added: return u"added"_s;
    case EnrichmentStatus::Unavailable: return u"unavailable"_s;
    case EnrichmentStatus::Unresolved: return u"unresolved"_s;
    case EnrichmentStatus::Failed: return u"failed"_s;
    case EnrichmentStatus::Skipped: return u"skipped"_s;
    }
    return {};
}

} // namespace idiolect
