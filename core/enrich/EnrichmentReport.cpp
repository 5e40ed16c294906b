// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentReport.h"

#include "EnrichmentResult.h"
#include "model/ChatExport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

void insertIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

QJsonObject itemJson(const EnrichmentItem &item, bool includeText)
{
    QJsonObject o{{u"kind"_s, enrichmentKindName(item.kind)},
                  {u"status"_s, enrichmentStatusName(item.status)},
                  {u"source"_s, enrichmentSourceName(item.source)}};
    insertIfSet(o, u"reason"_s, item.reason);
    insertIfSet(o, u"content_hash"_s, item.contentHash);
    // Link keys name what was shared; without text only the image number ("image:0") stays.
    if (includeText || item.kind == EnrichmentKind::Image)
        insertIfSet(o, u"key"_s, item.key);
    if (!includeText)
        return o;
    insertIfSet(o, u"url"_s, item.url);
    insertIfSet(o, u"handle"_s, item.handle);
    insertIfSet(o, u"author"_s, item.author);
    insertIfSet(o, u"title"_s, item.title);
    insertIfSet(o, u"text"_s, item.text);
    return o;
}

} // namespace

QJsonObject EnrichmentReport::toJson(const EnrichmentResult &result, const ChatExport &ex,
                                     bool includeText)
{
    QJsonArray messages;
    for (const MessageEnrichment &m : result.messages) {
        QJsonArray items;
        for (const EnrichmentItem &item : m.items)
            items.append(itemJson(item, includeText));
        const qint32 thread = ex.messages.thread(m.message);
        const qint64 threadId = thread >= 0 && size_t(thread) < ex.threads.size()
            ? ex.threads[size_t(thread)].id
            : -1;
        messages.append(QJsonObject{{u"message_id"_s, ex.messages.id(m.message)},
                                    {u"thread_id"_s, threadId},
                                    {u"items"_s, items}});
    }
    return QJsonObject{{u"summary"_s, result.summary.toJson()},
                       {u"warnings"_s, QJsonArray::fromStringList(result.warnings)},
                       {u"messages"_s, messages}};
}

} // namespace idiolect
