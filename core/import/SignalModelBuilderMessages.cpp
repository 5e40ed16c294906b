// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SignalModelBuilder: the message table(s) — the hot loop of every import.
#include "SignalModelBuilder.h"

#include "CsvTableReader.h"
#include "PartThreads.h"
#include "SignalTypes.h"
#include "TableReader.h"
#include "TextFacts.h"
#include "common/JobContext.h"

#include <atomic>

#include <limits>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr int kCancelCheckRows = 4096;

constexpr qint64 kPlanRows = 2048;

/**
 * Reserves room for the rows a batch expects: from the rows and text of the first @p done
 * progress units, for @p planned units (10 % more, so a slightly denser rest still fits).
 * Growing a column by doubling copies it and touches its memory twice; at a million rows
 * that was a third of the import's page faults.
 */
void planCapacity(MessageBatch &batch, qint64 done, qint64 planned)
{
    if (done <= 0 || planned <= done)
        return;
    const double scale = 1.1 * double(planned) / double(done);
    const auto rows = qsizetype(std::min(double(batch.store.size()) * scale, double(1 << 30)));
    const auto text = qsizetype(std::min(double(batch.store.textUnits()) * scale, double(1 << 30)));
    batch.store.reserve(rows, text);
}

/** Column indices of one message table (message, mms or sms), looked up once. */
struct MessageColumns
{
    int id, thread, dateSent, dateReceived, type, body, from, to, sender, quoteId, quoteAuthor,
        quoteBody, remoteDeleted, deletedBy, latestRevision, original, storyType, parentStory,
        viewOnce, expiresIn, previews, reactions, scheduled;

    MessageColumns(const TableReader &t, bool sms)
    {
        id = t.columnIndex(u"_id");
        thread = t.columnIndex(u"thread_id");
        // Legacy sms: "date" is the receive time; legacy mms: "date" is the send time.
        dateSent = sms ? t.columnIndex(u"date_sent") : t.columnIndex({u"date_sent", u"date"});
        dateReceived
            = sms ? t.columnIndex({u"date_received", u"date"}) : t.columnIndex(u"date_received");
        type = t.columnIndex({u"type", u"msg_box"});
        body = t.columnIndex(u"body");
        from = t.columnIndex(u"from_recipient_id");
        to = t.columnIndex(u"to_recipient_id");
        sender = from >= 0 ? from : t.columnIndex({u"recipient_id", u"address"});
        quoteId = t.columnIndex(u"quote_id");
        quoteAuthor = t.columnIndex(u"quote_author");
        quoteBody = t.columnIndex(u"quote_body");
        remoteDeleted = t.columnIndex(u"remote_deleted");
        deletedBy = t.columnIndex(u"deleted_by");
        latestRevision = t.columnIndex(u"latest_revision_id");
        original = t.columnIndex(u"original_message_id");
        scheduled = t.columnIndex(u"scheduled_date");
        storyType = t.columnIndex(u"story_type");
        parentStory = t.columnIndex(u"parent_story_id");
        viewOnce = t.columnIndex({u"view_once", u"reveal_duration"});
        expiresIn = t.columnIndex(u"expires_in");
        previews = t.columnIndex({u"link_previews", u"previews"});
        reactions = t.columnIndex(u"reactions");
    }
};

/** Cuts UTF-8 at most @p max bytes long at a character boundary. */
QByteArrayView capUtf8(QByteArrayView bytes, qsizetype max, bool *capped)
{
    if (bytes.size() <= max)
        return bytes;
    *capped = true;
    qsizetype end = max;
    while (end > 0 && (quint8(bytes[end]) & 0xC0) == 0x80)
        --end;
    return bytes.first(end);
}

QString capText(QString text, qsizetype max, bool *capped)
{
    if (text.size() > max) {
        *capped = true;
        text.truncate(text[max - 1].isHighSurrogate() ? max - 1 : max);
    }
    return text;
}

} // namespace

Error SignalModelBuilder::missingColumn(const TableReader &t, const QString &table,
                                        const QString &column)
{
    Error e
        = Error::make(ErrorCode::MissingColumn,
                      tr("The %1 table has no \"%2\" column.").arg(table, column), t.sourceName());
    e.line = 1;
    e.columnName = column;
    e.hint = tr("Export the whole table with signalbackup-tools --exportcsv %1=FILE; the "
                "column list must not be edited.")
                 .arg(table);
    return e;
}

Status SignalModelBuilder::beginMessages(const TableReader &t, SignalTableKind kind)
{
    m_hasMessageTable = true;
    const bool sms = kind == SignalTableKind::LegacySms;
    if (sms)
        m_hasLegacySms = true;
    m_messageIdsDirty = true;
    if (m_messageColumns.isEmpty() || !sms)
        m_messageColumns = t.columns();

    const MessageColumns c(t, sms);
    const QString table = signalTableKindName(kind);
    struct Required
    {
        int column;
        QString name;
    };
    for (const Required &r :
         {Required{c.thread, u"thread_id"_s},
          Required{c.dateSent, sms || c.dateReceived >= 0 ? u"date_sent"_s : u"date"_s},
          Required{c.body, u"body"_s}, Required{c.type, u"type"_s},
          Required{c.sender, u"from_recipient_id"_s}}) {
        if (r.column < 0)
            return missingColumn(t, table, r.name);
    }
    m_evidence.hasFromColumn = m_evidence.hasFromColumn || c.from >= 0;
    return {};
}

Status SignalModelBuilder::readMessages(TableReader &t, SignalTableKind kind)
{
    if (const Status begun = beginMessages(t, kind); !begun)
        return begun;
    std::atomic<qint64> progress{0};
    MessageBatch batch = decodeMessages(t, kind, progress);
    if (batch.error.isError())
        return batch.error;
    appendMessages(std::move(batch), kind, 0);
    m_job.setProgress(m_progressOffset + t.progressTotal(), m_progressTotal);
    return {};
}

MessageBatch SignalModelBuilder::decodeMessages(TableReader &t, SignalTableKind kind,
                                                std::atomic<qint64> &progress, qint64 planEnd) const
{
    // A CSV reader's cells are read without a virtual call each (a dozen per message).
    if (auto *csv = dynamic_cast<CsvTableReader *>(&t))
        return decodeRows(*csv, kind, progress, planEnd);
    return decodeRows(t, kind, progress, planEnd);
}

template<typename Reader>
MessageBatch SignalModelBuilder::decodeRows(Reader &t, SignalTableKind kind,
                                            std::atomic<qint64> &progress, qint64 planEnd) const
{
    using namespace signaltypes;
    const bool sms = kind == SignalTableKind::LegacySms;
    const MessageColumns c(t, sms);
    MessageBatch batch;
    MessageStore &store = batch.store;
    PartThreads threads(batch.threads);
    qint64 lastSender = 0;
    qint64 rows = 0;
    const qint64 start = t.progressDone();
    qint64 reported = start;
    const auto fail = [&batch](Error e) {
        batch.error = std::move(e);
        return std::move(batch);
    };
    while (t.next()) {
        if (++rows == kPlanRows)
            planCapacity(batch, t.progressDone() - start,
                         (planEnd >= 0 ? planEnd : t.progressTotal()) - start);
        if (rows % kCancelCheckRows == 0) {
            if (m_job.isCanceled())
                return fail(Error::canceled());
            const qint64 done = t.progressDone();
            m_job.setProgress(m_progressOffset + progress.fetch_add(done - reported) + done
                                  - reported,
                              m_progressTotal);
            reported = done;
        }
        bool ok = true;
        MessageRecord rec;
        rec.id = t.toInt64(c.id, rows, &ok);
        if (!ok)
            return fail(
                t.errorAt(ErrorCode::InvalidValue, c.id, tr("The message id is not a number.")));
        if (t.isNull(c.id))
            batch.defaultIds.push_back(quint32(rows - 1));
        if (sms) {
            if (rec.id == std::numeric_limits<qint64>::min())
                return fail(t.errorAt(ErrorCode::InvalidValue, c.id,
                                      tr("The message id is out of range.")));
            rec.id = -rec.id; // sms and mms numbered their rows independently
        }
        const qint64 threadId = t.toInt64(c.thread, -1, &ok);
        if (!ok)
            return fail(
                t.errorAt(ErrorCode::InvalidValue, c.thread, tr("The thread id is not a number.")));
        rec.dateSent = t.toInt64(c.dateSent, 0, &ok);
        if (!ok)
            return fail(t.errorAt(ErrorCode::InvalidValue, c.dateSent,
                                  tr("The date is not a whole number of milliseconds.")));
        rec.dateReceived = c.dateReceived >= 0 ? t.toInt64(c.dateReceived, 0) : 0;
        const qint64 type = t.toInt64(c.type, 0, &ok);
        if (!ok)
            return fail(t.errorAt(ErrorCode::InvalidValue, c.type,
                                  tr("The message type is not a number.")));
        const qint64 rawSender = t.toInt64(c.sender, 0);
        const qint64 rawTo = c.to >= 0 ? t.toInt64(c.to, 0) : 0;

        RowFacts facts;
        facts.type = type;
        facts.oldRevision = c.latestRevision >= 0 && !t.isNull(c.latestRevision);
        facts.storyType = int(c.storyType >= 0 ? t.toInt64(c.storyType) : 0);
        facts.parentStoryId = c.parentStory >= 0 ? t.toInt64(c.parentStory) : 0;
        facts.deleted = (c.remoteDeleted >= 0 && t.toInt64(c.remoteDeleted) > 0)
            || (c.deletedBy >= 0 && t.toInt64(c.deletedBy) > 0);
        facts.scheduled = c.scheduled >= 0 && t.toInt64(c.scheduled, -1) > 0;
        facts.hasBodyText = true; // decided after decoding
        rec.kind = classify(facts);
        rec.direction = signaltypes::direction(type);
        if (threadId < 0)
            rec.kind = MessageKind::System; // rows outside any thread are bookkeeping

        const bool outgoing = rec.direction == Direction::Outgoing;
        rec.senderId = outgoing ? (c.from >= 0 ? rawSender : -1) : rawSender;
        rec.thread = threads.indexOf(threadId);
        if (c.from >= 0 && outgoing)
            ++batch.outgoingSenders[rawSender];
        if (c.from >= 0 && !outgoing && isMessageBase(type) && rawTo != 0 && rawTo != rawSender)
            ++batch.incomingTargets[rawTo];
        if (rows == 1 || rawSender != lastSender) {
            batch.knownRecipients.insert(rawSender);
            lastSender = rawSender;
        }
        // Remember who the thread is with when the thread table is missing.
        if (const qint64 guess = outgoing ? (c.to >= 0 ? rawTo : rawSender) : rawSender; guess > 0)
            (outgoing ? batch.threads[size_t(rec.thread)].outgoingGuess
                      : batch.threads[size_t(rec.thread)].incomingGuess)
                = guess;

        if (facts.parentStoryId < 0)
            rec.flags |= StoryReply;
        if (c.viewOnce >= 0 && t.toInt64(c.viewOnce) != 0)
            rec.flags |= ViewOnce;
        if (c.expiresIn >= 0 && t.toInt64(c.expiresIn) > 0)
            rec.flags |= Expiring;
        qint64 originalId = 0;
        if (c.original >= 0 && !t.isNull(c.original) && !facts.oldRevision) {
            rec.flags |= Edited;
            originalId = t.toInt64(c.original, 0);
        }
        if (isMessageBase(type) && !(type & kPushMessageBit) && !(type & kSecureMessageBit))
            rec.flags |= Sms;
        if (baseType(type) == BaseSentFailed)
            rec.flags |= SendFailed;
        if (c.quoteId >= 0) {
            rec.quoteId = t.toInt64(c.quoteId, 0);
            rec.quoteAuthorId = c.quoteAuthor >= 0 ? t.toInt64(c.quoteAuthor, 0) : 0;
            if (rec.quoteId != 0)
                rec.flags |= HasQuote;
        }

        // Bodies of system rows are protobufs or bookkeeping, never text: do not keep them.
        const bool keepsText = rec.kind == MessageKind::Text || rec.kind == MessageKind::DraftFailed
            || rec.kind == MessageKind::EditRevision || rec.kind == MessageKind::Story;
        quint32 index = 0;
        bool invalid = false;
        bool capped = false;
        textfacts::Utf8Hints hints; // what the raw bytes rule out before decoding
        if (keepsText) {
            const TextCell body = t.text(c.body);
            const TextCell quote
                = (rec.flags & HasQuote) && c.quoteBody >= 0 ? t.text(c.quoteBody) : TextCell{};
            if (body.isUtf8 && quote.isUtf8) {
                const QByteArrayView bodyBytes = capUtf8(body.utf8, kMaxTextBytes, &capped);
                hints = textfacts::utf8Hints(bodyBytes);
                index = store.appendUtf8(rec, bodyBytes,
                                         capUtf8(quote.utf8, kMaxTextBytes, &capped), &invalid);
            } else {
                index = store.append(rec, capText(body.utf16, kMaxTextBytes, &capped),
                                     capText(quote.utf16, kMaxTextBytes, &capped));
            }
        } else {
            index = store.append(rec, {}, {});
        }
        if (originalId != 0)
            batch.editedRows.emplace_back(index, originalId);
        if (capped)
            ++batch.oversizedTexts;
        if (invalid) {
            ++batch.invalidUtf8;
            if (!m_options.lenient) {
                const qsizetype inBody = t.invalidUtf8Offset(c.body);
                const int column = inBody >= 0 ? c.body : c.quoteBody;
                Error e
                    = t.errorAt(ErrorCode::InvalidUtf8, column, tr("The text is not valid UTF-8."),
                                std::max<qsizetype>(0, t.invalidUtf8Offset(column)));
                e.hint = tr("The file may have been re-saved in another encoding. Export it "
                            "again, or import with invalid bytes replaced (--lenient).");
                return fail(std::move(e));
            }
            store.addFlags(index, InvalidTextRepaired);
        }
        const QStringView text = store.body(index);
        if (rec.kind == MessageKind::Text) {
            if (hints.mayHavePlaceholder && text.contains(kMentionPlaceholder))
                batch.placeholderRows.push_back(index);
            if (!textfacts::hasNonSpace(text))
                store.setKind(index, MessageKind::MediaOnly);
            else if (hints.mayHaveUrl && textfacts::containsUrl(text))
                store.addFlags(index, HasUrl);
        }

        if (c.previews >= 0 && !t.isNull(c.previews) && rec.kind == MessageKind::Text)
            parseLinkPreviews(store, index, t.text(c.previews).toString());
        if (c.reactions >= 0 && !t.isNull(c.reactions))
            batch.reactionRows += parseLegacyReactions(store, index, t.blob(c.reactions));
    }
    if (t.error().isError())
        return fail(t.error());
    progress.fetch_add(t.progressDone() - reported);
    return batch;
}

} // namespace idiolect
