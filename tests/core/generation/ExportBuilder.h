// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Corpus.h"
#include "common/JobContext.h"
#include "model/ChatExport.h"
#include "model/ExportFinalizer.h"
#include "model/MessageFlag.h"
#include "model/TextLayer.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace idiolect::test {

/** 2024-01-01 10:00:00 UTC in ms: the start of every constructed conversation. */
inline constexpr qint64 kT0 = 1704103200000;
inline constexpr qint64 kSecond = 1000;
inline constexpr qint64 kMinute = 60 * kSecond;
inline constexpr qint64 kHour = 60 * kMinute;

/** UTC ms of an ISO time such as "2024-03-31T00:30:00Z". */
inline qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

/**
 * @brief Builds small ChatExports in tests, the way an importer would.
 *
 * Recipient 1 is you ("Me"). person()/group() add recipients, thread() a chat
 * (thread id = 100 + index), you()/from() messages; build() runs the same
 * ExportFinalizer as every importer. Message ids count up from 1 in call order.
 */
class ExportBuilder final
{
public:
    static constexpr qint64 kSelf = 1;

    ExportBuilder()
    {
        m_ex = std::make_shared<ChatExport>();
        Recipient me;
        me.id = kSelf;
        me.displayName = QStringLiteral("Me");
        me.isSelf = true;
        m_ex->recipients.push_back(me);
        m_ex->self.id = kSelf;
    }

    qint64 person(const QString &name, bool blocked = false)
    {
        Recipient r;
        r.id = qint64(m_ex->recipients.size()) + 1;
        r.displayName = name;
        r.profileGiven = name;
        r.blocked = blocked;
        m_ex->recipients.push_back(r);
        return r.id;
    }

    qint64 group(const QString &title, const QList<qint64> &members, bool blocked = false)
    {
        Recipient r;
        r.id = qint64(m_ex->recipients.size()) + 1;
        r.kind = RecipientKind::GroupV2;
        r.displayName = title;
        r.groupTitle = title;
        r.groupId = QStringLiteral("__signal_group__v2__!") + QString::number(r.id);
        r.memberIds = members;
        r.blocked = blocked;
        m_ex->recipients.push_back(r);
        return r.id;
    }

    int thread(qint64 recipientId)
    {
        Thread t;
        t.id = 100 + qint64(m_ex->threads.size());
        t.recipientId = recipientId;
        m_ex->threads.push_back(t);
        return int(m_ex->threads.size()) - 1;
    }

    /** Adds a message; sender kSelf makes it outgoing. Returns its MessageStore index. */
    quint32 message(int thread, qint64 time, qint64 sender, const QString &body,
                    MessageKind kind = MessageKind::Text, quint32 flags = 0)
    {
        MessageRecord r;
        r.id = ++m_lastId;
        r.dateSent = time;
        r.dateReceived = time;
        r.thread = thread;
        r.senderId = sender;
        r.kind = kind;
        r.direction = sender == kSelf ? Direction::Outgoing : Direction::Incoming;
        r.flags = flags;
        return m_ex->messages.append(r, body);
    }

    quint32 you(int thread, qint64 time, const QString &body)
    {
        return message(thread, time, kSelf, body);
    }

    quint32 from(int thread, qint64 sender, qint64 time, const QString &body)
    {
        return message(thread, time, sender, body);
    }

    ChatExportPtr build()
    {
        ExportFinalizer::finalize(*m_ex);
        return m_ex;
    }

    TextLayerPtr layer() { return std::make_shared<const TextLayer>(build()); }

private:
    std::shared_ptr<ChatExport> m_ex;
    qint64 m_lastId = 0;
};

/** The corpus of @p layer (all threads unless @p spec narrows them). */
inline Corpus corpusOf(const TextLayerPtr &layer, const CorpusSpec &spec = {})
{
    auto corpus = Corpus::build(layer, spec, JobContext::detached());
    return std::move(*corpus);
}

} // namespace idiolect::test
