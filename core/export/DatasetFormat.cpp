// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetFormat.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QString datasetFormatName(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Alpaca: return u"alpaca"_s;
    case DatasetFormat::ShareGpt: return u"sharegpt"_s;
    case DatasetFormat::Messages: return u"messages"_s;
    }
    return {};
}

std::optional<DatasetFormat> datasetFormatFromName(QStringView name)
{
    for (DatasetFormat f :
         {DatasetFormat::Alpaca, DatasetFormat::ShareGpt, DatasetFormat::Messages}) {
        if (name.compare(datasetFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QStringList datasetFormatNames()
{
    return {u"alpaca"_s, u"sharegpt"_s, u"messages"_s};
}

QString metadataLevelName(MetadataLevel level)
{
    switch (level) {
    case MetadataLevel::None: return u"none"_s;
    case MetadataLevel::Compact: return u"compact"_s;
    case MetadataLevel::Full: return u"full"_s;
    }
    return {};
}

std::optional<MetadataLevel> metadataLevelFromName(QStringView name)
{
    for (MetadataLevel l : {MetadataLevel::None, MetadataLevel::Compact, MetadataLevel::Full}) {
        if (name.compare(metadataLevelName(l), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

std::optional<DatasetPath> DatasetPath::fromPath(const QString &path)
{
    QString lower = path.toLower();
    DatasetPath p;
    if (lower.endsWith(u".gz"_s)) {
        p.gzip = true;
        lower.chop(3);
    }
    if (lower.endsWith(u".jsonl"_s))
        p.container = DatasetContainer::Jsonl;
    else if (lower.endsWith(u".json"_s))
        p.container = DatasetContainer::Json;
    else
        return std::nullopt;
    return p;
}

QString DatasetPath::baseName(const QString &path)
{
    QString base = path;
    if (base.endsWith(u".gz"_s, Qt::CaseInsensitive))
        base.chop(3);
    if (base.endsWith(u".jsonl"_s, Qt::CaseInsensitive))
        base.chop(6);
    else if (base.endsWith(u".json"_s, Qt::CaseInsensitive))
        base.chop(5);
    return base;
}

} // namespace idiolect
