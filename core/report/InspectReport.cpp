// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectReport.h"

#include "model/ChatExport.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

QJsonObject InspectReport::toJson(const ChatExport &ex)
{
    QJsonObject root;
    root.insert(u"format"_s, exportFormatName(ex.source.format));
    root.insert(u"schema"_s, ex.source.schema);
    root.insert(u"database_version"_s, ex.source.databaseVersion);
    root.insert(u"self_id"_s, ex.self.isKnown() ? QJsonValue(double(ex.self.id)) : QJsonValue());
    root.insert(u"self_method"_s, selfMethodName(ex.self.method));
    root.insert(u"self_detail"_s, ex.self.detail);
    QJsonArray candidates;
    for (qint64 c : ex.self.candidates)
        candidates.append(double(c));
    root.insert(u"self_candidates"_s, candidates);

    QJsonObject counts;
    for (MessageKind kind : kAllMessageKinds)
        counts.insert(messageKindName(kind), double(ex.counts[kind]));
    root.insert(u"counts"_s, counts);
    const qint64 text = ex.textMessages();
    const qint64 outgoing = ex.outgoingTextMessages();
    root.insert(u"text_messages"_s, double(text));
    root.insert(u"outgoing_text_messages"_s, double(outgoing));
    root.insert(u"incoming_text_messages"_s, double(text - outgoing));
    root.insert(u"reactions"_s, double(ex.messages.allReactions().size()));

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

    std::vector<const Thread *> threads;
    for (const Thread &t : ex.threads)
        threads.push_back(&t);
    std::sort(threads.begin(), threads.end(),
              [](const Thread *a, const Thread *b) { return a->id < b->id; });
    QJsonArray list;
    for (const Thread *t : threads) {
        QJsonObject o;
        o.insert(u"thread_id"_s, double(t->id));
        o.insert(u"partner"_s, t->title);
        o.insert(u"is_group"_s, t->isGroup);
        o.insert(u"blocked"_s, t->blocked);
        o.insert(u"note_to_self"_s, t->isNoteToSelf);
        o.insert(u"text_messages"_s, double(t->textMessages));
        o.insert(u"outgoing_text_messages"_s, double(t->outgoingTextMessages));
        o.insert(u"first_date_sent"_s,
                 t->firstDateSent ? QJsonValue(double(t->firstDateSent)) : QJsonValue());
        o.insert(u"last_date_sent"_s,
                 t->lastDateSent ? QJsonValue(double(t->lastDateSent)) : QJsonValue());
        list.append(o);
    }
    root.insert(u"threads"_s, list);
    return root;
}

} // namespace idiolect
