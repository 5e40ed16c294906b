// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SignalModelBuilder: the message table(s) — the hot loop of every import.
#include "SignalModelBuilder.h"

#include "SignalTypes.h"
#include "TableReader.h"
#include "common/JobContext.h"
#include "common/Utf8.h"

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr int kCancelCheckRows = 4096;

bool hasNonSpace(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return true;
    }
    return false;
}

bool containsUrl(QStringView text)
{
    const qsizetype i = text.indexOf(u"http"_s, 0, Qt::CaseInsensitive);
    if (i < 0)
        return false;
    const QStringView rest = text.mid(i + 4);
    return rest.startsWith(u"://") || rest.startsWith(u"s://", Qt::CaseInsensitive);
}

} // namespace

Status SignalModelBuilder::readMessages(TableReader &t, SignalTableKind kind)
{
    using namespace signaltypes;
    m_hasMessageTable = true;
    if (kind == SignalTableKind::LegacySms)
        m_hasLegacySms = true;
    m_messageIdsDirty = true;
    if (m_messageColumns.isEmpty() || kind != SignalTableKind::LegacySms)
        m_messageColumns = t.columns();

    const bool sms = kind == SignalTableKind::LegacySms;
    const int cId = t.columnIndex(u"_id");
    const int cThread = t.columnIndex(u"thread_id");
    // Legacy sms: "date" is the receive time; legacy mms: "date" is the send time.
    const int cDateSent
        = sms ? t.columnIndex(u"date_sent") : t.columnIndex({u"date_sent", u"date"});
    const int cDateReceived
        = sms ? t.columnIndex({u"date_received", u"date"}) : t.columnIndex(u"date_received");
    const int cType = t.columnIndex({u"type", u"msg_box"});
    const int cBody = t.columnIndex(u"body");
    const int cFrom = t.columnIndex(u"from_recipient_id");
    const int cTo = t.columnIndex(u"to_recipient_id");
    const int cSender = cFrom >= 0 ? cFrom : t.columnIndex({u"recipient_id", u"address"});
    const int cQuoteId = t.columnIndex(u"quote_id");
    const int cQuoteAuthor = t.columnIndex(u"quote_author");
    const int cQuoteBody = t.columnIndex(u"quote_body");
    const int cRemoteDeleted = t.columnIndex(u"remote_deleted");
    const int cDeletedBy = t.columnIndex(u"deleted_by");
    const int cLatestRevision = t.columnIndex(u"latest_revision_id");
    const int cOriginal = t.columnIndex(u"original_message_id");
    const int cStoryType = t.columnIndex(u"story_type");
    const int cParentStory = t.columnIndex(u"parent_story_id");
    const int cViewOnce = t.columnIndex(u"view_once");
    const int cExpiresIn = t.columnIndex(u"expires_in");
    const int cPreviews = t.columnIndex({u"link_previews", u"previews"});
    const int cReactions = t.columnIndex(u"reactions");

    struct Required
    {
        int column;
        const char *name;
    };
    for (const Required &r :
         {Required{cThread, "thread_id"}, Required{cDateSent, "date_sent"}, Required{cBody, "body"},
          Required{cType, "type"}, Required{cSender, "from_recipient_id"}}) {
        if (r.column < 0) {
            Error e = Error::make(
                ErrorCode::MissingColumn,
                tr("The message table has no \"%1\" column.").arg(QString::fromLatin1(r.name)),
                t.sourceName());
            e.line = 1;
            e.columnName = QString::fromLatin1(r.name);
            e.hint = tr("Export the whole table with signalbackup-tools --exportcsv "
                        "message=FILE; the column list must not be edited.");
            return e;
        }
    }
    m_evidence.hasFromColumn = m_evidence.hasFromColumn || cFrom >= 0;

    MessageStore &store = m_export->messages;
    qint64 rows = 0;
    while (t.next()) {
        if (++rows % kCancelCheckRows == 0) {
            if (m_job.isCanceled())
                return Error::canceled();
            m_job.setProgress(m_progressOffset + t.progressDone(), m_progressTotal);
        }
        bool ok = true;
        MessageRecord rec;
        rec.id = t.toInt64(cId, rows, &ok);
        if (!ok)
            return t.errorAt(ErrorCode::InvalidValue, cId, tr("The message id is not a number."));
        if (sms)
            rec.id = -rec.id;
        const qint64 threadId = t.toInt64(cThread, -1, &ok);
        if (!ok)
            return t.errorAt(ErrorCode::InvalidValue, cThread,
                             tr("The thread id is not a number."));
        rec.dateSent = t.toInt64(cDateSent, 0, &ok);
        if (!ok)
            return t.errorAt(ErrorCode::InvalidValue, cDateSent,
                             tr("The date is not a whole number of milliseconds."));
        rec.dateReceived = cDateReceived >= 0 ? t.toInt64(cDateReceived, 0) : 0;
        const qint64 type = t.toInt64(cType, 0, &ok);
        if (!ok)
            return t.errorAt(ErrorCode::InvalidValue, cType,
                             tr("The message type is not a number."));
        const qint64 rawSender = t.toInt64(cSender, 0);
        const qint64 rawTo = cTo >= 0 ? t.toInt64(cTo, 0) : 0;

        RowFacts facts;
        facts.type = type;
        facts.oldRevision = cLatestRevision >= 0 && !t.isNull(cLatestRevision);
        facts.storyType = int(cStoryType >= 0 ? t.toInt64(cStoryType) : 0);
        facts.parentStoryId = cParentStory >= 0 ? t.toInt64(cParentStory) : 0;
        facts.deleted = (cRemoteDeleted >= 0 && t.toInt64(cRemoteDeleted) > 0)
            || (cDeletedBy >= 0 && t.toInt64(cDeletedBy) > 0);
        facts.hasBodyText = true; // decided after decoding
        rec.kind = classify(facts);
        rec.direction = signaltypes::direction(type);
        if (threadId < 0)
            rec.kind = MessageKind::System; // rows outside any thread are bookkeeping
        rec.thread = threadFor(threadId);

        const bool outgoing = rec.direction == Direction::Outgoing;
        rec.senderId = outgoing ? (cFrom >= 0 ? rawSender : -1) : rawSender;
        if (cFrom >= 0) {
            if (outgoing)
                ++m_evidence.outgoingSenders[rawSender];
            else if (isMessageBase(type) && rawTo != 0 && rawTo != rawSender)
                ++m_evidence.incomingTargets[rawTo];
        }
        // Remember who the thread is with when the thread table is missing.
        const qint64 partnerGuess = outgoing ? (cTo >= 0 ? rawTo : rawSender) : rawSender;
        if (partnerGuess > 0 && (outgoing || !m_threadGuessFromOutgoing[size_t(rec.thread)])) {
            m_threadRecipientGuess[size_t(rec.thread)] = partnerGuess;
            m_threadGuessFromOutgoing[size_t(rec.thread)] = outgoing;
        }

        if (facts.parentStoryId < 0)
            rec.flags |= StoryReply;
        if (cViewOnce >= 0 && t.toInt64(cViewOnce) != 0)
            rec.flags |= ViewOnce;
        if (cExpiresIn >= 0 && t.toInt64(cExpiresIn) > 0)
            rec.flags |= Expiring;
        if (cOriginal >= 0 && !t.isNull(cOriginal) && !facts.oldRevision)
            rec.flags |= Edited;
        if (isMessageBase(type) && !(type & kPushMessageBit) && !(type & kSecureMessageBit))
            rec.flags |= Sms;
        if (baseType(type) == BaseSentFailed)
            rec.flags |= SendFailed;
        if (cQuoteId >= 0) {
            rec.quoteId = t.toInt64(cQuoteId, 0);
            rec.quoteAuthorId = cQuoteAuthor >= 0 ? t.toInt64(cQuoteAuthor, 0) : 0;
            if (rec.quoteId != 0)
                rec.flags |= HasQuote;
        }

        // Bodies of system rows are protobufs or bookkeeping, never text: do not keep them.
        const bool keepsText = rec.kind == MessageKind::Text || rec.kind == MessageKind::DraftFailed
            || rec.kind == MessageKind::EditRevision || rec.kind == MessageKind::Story;
        quint32 index = 0;
        bool invalid = false;
        if (keepsText) {
            const TextCell body = t.text(cBody);
            const TextCell quote
                = (rec.flags & HasQuote) && cQuoteBody >= 0 ? t.text(cQuoteBody) : TextCell{};
            if (body.isUtf8 && quote.isUtf8)
                index = store.appendUtf8(rec, body.utf8, quote.utf8, &invalid);
            else
                index = store.append(rec, body.toString(), quote.toString());
        } else {
            index = store.append(rec, {}, {});
        }
        if (invalid) {
            ++m_invalidUtf8;
            if (!m_options.lenient) {
                const TextCell body = t.text(cBody);
                const qsizetype at = body.isUtf8 ? utf8::firstInvalidByte(body.utf8) : -1;
                Error e = t.errorAt(ErrorCode::InvalidUtf8, at >= 0 ? cBody : cQuoteBody,
                                    at >= 0 ? tr("The message text is not valid UTF-8 (byte %1 "
                                                 "of the field).")
                                                  .arg(at + 1)
                                            : tr("The quoted text is not valid UTF-8."));
                e.hint = tr("The file may have been re-saved in another encoding. Export it "
                            "again, or import with invalid bytes replaced (--lenient).");
                return e;
            }
            store.addFlags(index, InvalidTextRepaired);
        }
        const QStringView text = store.body(index);
        if (rec.kind == MessageKind::Text) {
            if (!hasNonSpace(text))
                store.setKind(index, MessageKind::MediaOnly);
            else if (containsUrl(text))
                store.addFlags(index, HasUrl);
        }
        m_rawSender.push_back(rawSender);

        if (cPreviews >= 0 && !t.isNull(cPreviews) && rec.kind == MessageKind::Text)
            parseLinkPreviews(index, t.text(cPreviews).toString());
        if (cReactions >= 0 && !t.isNull(cReactions))
            parseLegacyReactions(index, t.blob(cReactions));
    }
    if (t.error().isError())
        return t.error();
    m_job.setProgress(m_progressOffset + t.progressTotal(), m_progressTotal);
    return {};
}

} // namespace idiolect
