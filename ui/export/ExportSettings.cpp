// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSettings.h"

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString fileTypeName(ExportSettings::FileType type)
{
    switch (type) {
    case ExportSettings::FileType::Jsonl: return u"jsonl"_s;
    case ExportSettings::FileType::JsonlGzip: return u"jsonl.gz"_s;
    case ExportSettings::FileType::Json: return u"json"_s;
    case ExportSettings::FileType::JsonGzip: return u"json.gz"_s;
    }
    return u"jsonl"_s;
}

} // namespace

QString ExportSettings::extension() const
{
    return u'.' + fileTypeName(fileType);
}

QString ExportSettings::withExtension(const QString &path) const
{
    QString base = path;
    for (const QString &ext : {u".jsonl.gz"_s, u".json.gz"_s, u".jsonl"_s, u".json"_s}) {
        if (base.endsWith(ext, Qt::CaseInsensitive)) {
            base.chop(ext.size());
            break;
        }
    }
    return base + extension();
}

QJsonObject ExportSettings::toJson() const
{
    return QJsonObject{
        {u"format"_s, datasetFormatName(format)},
        {u"file_type"_s, fileTypeName(fileType)},
        {u"scope"_s, scope == ExportScope::AcceptedOnly ? u"accepted"_s : u"all_but_rejected"_s},
        {u"dataset_info"_s, datasetInfo},
        {u"dataset_name"_s, datasetName},
        {u"system_prompt"_s, systemPrompt},
        {u"burst_turns"_s, burstTurns == BurstTurns::Separate ? u"separate"_s : u"merge"_s},
        {u"metadata"_s, metadata},
        {u"style_sidecar"_s, styleSidecar},
    };
}

ExportSettings ExportSettings::fromJson(const QJsonObject &json)
{
    ExportSettings s;
    if (const auto f = datasetFormatFromName(json.value("format"_L1).toString()))
        s.format = *f;
    for (FileType t : {FileType::Jsonl, FileType::JsonlGzip, FileType::Json, FileType::JsonGzip}) {
        if (json.value("file_type"_L1).toString() == fileTypeName(t))
            s.fileType = t;
    }
    s.scope = json.value("scope"_L1).toString() == "accepted"_L1 ? ExportScope::AcceptedOnly
                                                                 : ExportScope::AllButRejected;
    s.datasetInfo = json.value("dataset_info"_L1).toBool(s.datasetInfo);
    const QString name = json.value("dataset_name"_L1).toString().trimmed();
    if (!name.isEmpty())
        s.datasetName = name;
    s.systemPrompt = json.value("system_prompt"_L1).toString();
    s.burstTurns = json.value("burst_turns"_L1).toString() == "separate"_L1 ? BurstTurns::Separate
                                                                            : BurstTurns::Merge;
    s.metadata = json.value("metadata"_L1).toBool(s.metadata);
    s.styleSidecar = json.value("style_sidecar"_L1).toBool(s.styleSidecar);
    return s;
}

} // namespace idiolect
