// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetInfo.h"

#include "common/SafeWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace idiolect {

QJsonObject DatasetInfo::entry(const QString &fileName, DatasetFormat format, bool hasSystemColumn)
{
    QJsonObject o{{u"file_name"_s, fileName}};
    switch (format) {
    case DatasetFormat::Alpaca: {
        o.insert(u"formatting"_s, u"alpaca"_s);
        QJsonObject columns{{u"prompt"_s, u"instruction"_s},
                            {u"query"_s, u"input"_s},
                            {u"response"_s, u"output"_s}};
        if (hasSystemColumn)
            columns.insert(u"system"_s, u"system"_s);
        o.insert(u"columns"_s, columns);
        break;
    }
    case DatasetFormat::ShareGpt:
        o.insert(u"formatting"_s, u"sharegpt"_s);
        o.insert(u"columns"_s, QJsonObject{{u"messages"_s, u"conversations"_s}});
        o.insert(u"tags"_s,
                 QJsonObject{{u"role_tag"_s, u"from"_s},
                             {u"content_tag"_s, u"value"_s},
                             {u"user_tag"_s, u"human"_s},
                             {u"assistant_tag"_s, u"gpt"_s},
                             {u"system_tag"_s, u"system"_s}});
        break;
    case DatasetFormat::Messages:
        o.insert(u"formatting"_s, u"sharegpt"_s);
        o.insert(u"columns"_s, QJsonObject{{u"messages"_s, u"messages"_s}});
        o.insert(u"tags"_s,
                 QJsonObject{{u"role_tag"_s, u"role"_s},
                             {u"content_tag"_s, u"content"_s},
                             {u"user_tag"_s, u"user"_s},
                             {u"assistant_tag"_s, u"assistant"_s},
                             {u"system_tag"_s, u"system"_s}});
        break;
    }
    return o;
}

Expected<QString> DatasetInfo::write(const QString &dataPath, const QString &datasetName,
                                     DatasetFormat format, bool hasSystemColumn)
{
    const QFileInfo data(dataPath);
    const QString path = data.absoluteDir().filePath(u"dataset_info.json"_s);
    QJsonObject root;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error::make(
                ErrorCode::Unreadable,
                tr("Cannot read the existing dataset_info.json: %1").arg(existing.errorString()),
                path);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(existing.readAll(), &parseError);
        if (!doc.isObject()) {
            Error e = Error::make(ErrorCode::InvalidJson,
                                  tr("The existing dataset_info.json is not a JSON object; it was "
                                     "left unchanged."),
                                  path);
            e.hint = tr("Fix or remove it, then write the dataset again.");
            return e;
        }
        root = doc.object();
    }
    root.insert(datasetName, entry(data.fileName(), format, hasSystemColumn));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !writeFully(out, QJsonDocument(root).toJson())
        || !commitSaveFile(out))
        return Error::make(ErrorCode::WriteFailed,
                           tr("Cannot write dataset_info.json: %1").arg(out.errorString()), path);
    return path;
}

} // namespace idiolect
