// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectReport.h"

#include "model/ChatExport.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

std::vector<const Thread *> threadsById(const ChatExport &ex)
{
    std::vector<const Thread *> threads;
    for (const Thread &t : ex.threads)
        threads.push_back(&t);
    std::sort(threads.begin(), threads.end(),
              [](const Thread *a, const Thread *b) { return a->id < b->id; });
    return threads;
}

QJsonValue dateOrNull(qint64 ms)
{
    return ms ? QJsonValue(double(ms)) : QJsonValue();
}

} // namespace

QJsonObject InspectReport::toJson(const ChatExport &ex)
{
    QJsonObject root;
    root.insert(u"format"_s, exportFormatName(ex.source.format));
    root.insert(u"self_id"_s, ex.self.isKnown() ? QJsonValue(double(ex.self.id)) : QJsonValue());
    root.insert(u"self_method"_s, selfMethodName(ex.self.method));
    QJsonObject counts;
    for (MessageKind kind : kAllMessageKinds)
        counts.insert(messageKindName(kind), double(ex.counts[kind]));
    root.insert(u"counts"_s, counts);
    root.insert(u"text_messages"_s, double(ex.textMessages()));
    root.insert(u"outgoing_text_messages"_s, double(ex.outgoingTextMessages()));

    QJsonArray list;
    for (const Thread *t : threadsById(ex)) {
        QJsonObject o;
        o.insert(u"thread_id"_s, double(t->id));
        o.insert(u"partner"_s, t->title);
        o.insert(u"is_group"_s, t->isGroup);
        o.insert(u"blocked"_s, t->blocked);
        o.insert(u"text_messages"_s, double(t->textMessages));
        o.insert(u"first_date_sent"_s, dateOrNull(t->firstDateSent));
        o.insert(u"last_date_sent"_s, dateOrNull(t->lastDateSent));
        list.append(o);
    }
    root.insert(u"threads"_s, list);
    return root;
}

QJsonObject InspectReport::details(const ChatExport &ex)
{
    QJsonObject root;
    root.insert(u"schema"_s, ex.source.schema);
    root.insert(u"database_version"_s, ex.source.databaseVersion);
    root.insert(u"self_detail"_s, ex.self.detail);
    QJsonArray candidates;
    for (qint64 c : ex.self.candidates)
        candidates.append(double(c));
    root.insert(u"self_candidates"_s, candidates);
    root.insert(u"incoming_text_messages"_s, double(ex.textMessages() - ex.outgoingTextMessages()));
    root.insert(u"rows"_s, double(ex.messages.size()));
    root.insert(u"reactions"_s, double(ex.messages.allReactions().size()));
    root.insert(u"attachments"_s, double(ex.messages.allAttachments().size()));
    root.insert(u"mentions"_s, double(ex.messages.allMentions().size()));
    root.insert(u"link_previews"_s, double(ex.messages.allLinkPreviews().size()));

    QJsonArray warnings;
    for (const ImportWarning &w : ex.warnings) {
        QJsonObject o;
        o.insert(u"code"_s, w.code);
        o.insert(u"message"_s, w.message);
        o.insert(u"file"_s, w.file);
        o.insert(u"count"_s, double(w.count));
        warnings.append(o);
    }
    root.insert(u"warnings"_s, warnings);

    QJsonArray list;
    for (const Thread *t : threadsById(ex)) {
        QJsonObject o;
        o.insert(u"thread_id"_s, double(t->id));
        o.insert(u"recipient_id"_s, double(t->recipientId));
        o.insert(u"note_to_self"_s, t->isNoteToSelf);
        o.insert(u"rows"_s, double(t->messages.size()));
        o.insert(u"outgoing_text_messages"_s, double(t->outgoingTextMessages));
        o.insert(u"members"_s, double(t->memberIds.size()));
        list.append(o);
    }
    root.insert(u"threads"_s, list);
    return root;
}

} // namespace idiolect
