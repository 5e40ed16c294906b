// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyReport.h"

#include "model/ChatExport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace idiolect {

static_assert(std::tuple_size_v<KindCountArray> == kPiiKindCount);

namespace {

QJsonObject countsJson(const KindCountArray &counts)
{
    QJsonObject o;
    for (PiiKind kind : kAllPiiKinds)
        o.insert(piiKindName(kind), counts[size_t(kind)]);
    return o;
}

} // namespace

QString textFieldName(TextField field)
{
    return field == TextField::Body ? u"body"_s : u"quote"_s;
}

QString findingActionName(FindingAction action)
{
    switch (action) {
    case FindingAction::Replaced: return u"replaced"_s;
    case FindingAction::Kept: return u"kept"_s;
    case FindingAction::DroppedMessage: return u"dropped_message"_s;
    case FindingAction::ClearedQuote: return u"cleared_quote"_s;
    case FindingAction::Flagged: return u"flagged"_s;
    }
    return {};
}

qint64 PrivacyReport::totalHits() const
{
    qint64 sum = 0;
    for (qint64 v : hitsByKind)
        sum += v;
    return sum;
}

QJsonObject PrivacyReport::toJson(const ChatExport &ex, bool withHits) const
{
    QJsonObject root{
        {u"region"_s, region},
        {u"extra_regions"_s, QJsonArray::fromStringList(extraRegions)},
        {u"messages_scanned"_s, messagesScanned},
        {u"messages_changed"_s, messagesChanged},
        {u"messages_dropped"_s, messagesDropped},
        {u"messages_flagged"_s, messagesFlagged},
        {u"quotes_cleared"_s, quotesCleared},
        {u"counts"_s, countsJson(hitsByKind)},
    };
    QJsonArray threadArray;
    for (size_t t = 0; t < threads.size() && t < ex.threads.size(); ++t) {
        const ThreadPrivacyStats &s = threads[t];
        qint64 total = 0;
        for (qint64 v : s.hits)
            total += v;
        if (total == 0 && s.messagesDropped == 0 && s.messagesFlagged == 0)
            continue;
        threadArray.append(QJsonObject{{u"thread_id"_s, ex.threads[t].id},
                                       {u"hits"_s, total},
                                       {u"counts"_s, countsJson(s.hits)},
                                       {u"messages_changed"_s, s.messagesChanged},
                                       {u"messages_dropped"_s, s.messagesDropped},
                                       {u"messages_flagged"_s, s.messagesFlagged}});
    }
    root.insert(u"threads"_s, threadArray);
    if (withHits) {
        QJsonArray hits;
        for (const PrivacyFinding &f : findings) {
            QJsonObject o{{u"message_id"_s, f.messageId},
                          {u"thread_id"_s, f.threadId},
                          {u"field"_s, textFieldName(f.field)},
                          {u"kind"_s, piiKindName(f.kind)},
                          {u"rule"_s, QString(f.rule)},
                          {u"confidence"_s, qRound(double(f.confidence) * 100) / 100.0},
                          {u"start"_s, f.start},
                          {u"length"_s, f.length},
                          {u"text"_s, f.original},
                          {u"action"_s, findingActionName(f.action)}};
            if (f.action == FindingAction::Replaced)
                o.insert(u"replacement"_s, f.replacement);
            hits.append(o);
        }
        root.insert(u"hits"_s, hits);
    }
    return root;
}

} // namespace idiolect
