// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SignalModelBuilder: everything that needs all tables — repairs, mentions, self, threads.
#include "SignalModelBuilder.h"

#include "SelfDetector.h"
#include "common/JobContext.h"
#include "common/Utf8.h"
#include "model/ExportFinalizer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr qint64 kMaxLongTextBytes = 64 * 1024 * 1024;

} // namespace

void SignalModelBuilder::dropDuplicateIds()
{
    buildMessageIndex();
    qint64 dropped = 0;
    for (size_t i = 1; i < m_messageIds.size(); ++i) {
        if (m_messageIds[i].first == m_messageIds[i - 1].first) {
            // Keep the row that came first in the file; later copies leave every thread.
            m_export->messages.setThread(m_messageIds[i].second, -1);
            ++dropped;
        }
    }
    if (dropped > 0)
        m_export->addWarning(u"duplicate_ids"_s,
                             tr("%1 message rows repeat an _id that was already read; only the "
                                "first row with each id is used.")
                                 .arg(dropped));
}

void SignalModelBuilder::placeEditsAtTheirFirstVersion()
{
    // The latest revision's date_sent is the time of the edit (up to a day or two later), but
    // Signal shows it where it was first sent: its date_received is the original's. Sorted by
    // the edit time, an answer would move below the messages that followed it and be trained
    // as the reply to them. It takes the first version's send time.
    MessageStore &store = m_export->messages;
    for (const auto &[row, originalId] : m_editedRows) {
        const qint64 original = messageIndex(originalId);
        if (original < 0 || quint32(original) == row)
            continue;
        const qint64 first = store.dateSent(quint32(original));
        if (first > 0 && first < store.dateSent(row))
            store.setDateSent(row, first);
    }
}

void SignalModelBuilder::normalizeTimestamps()
{
    MessageStore &store = m_export->messages;
    if (store.isEmpty())
        return;
    // 1e11 ms is March 1973; 1e11 s is the year 5138. A median below that is seconds.
    // The median of the n positive dates (the element at n / 2 in sorted order) is below
    // the limit exactly when more than n / 2 of them are: counted, not sorted.
    constexpr qint64 kSecondsLimit = 100'000'000'000LL;
    qsizetype positive = 0;
    qsizetype below = 0;
    for (quint32 i = 0; i < store.size(); ++i) {
        const qint64 d = store.dateSent(i);
        positive += d > 0 ? 1 : 0;
        below += d > 0 && d < kSecondsLimit ? 1 : 0;
    }
    if (positive == 0)
        return;
    if (below > positive / 2) {
        store.scaleTimestamps(1000);
        m_export->addWarning(
            u"timestamps_in_seconds"_s,
            tr("Dates look like seconds, not milliseconds; they were multiplied by "
               "1000."));
    }
    const qint64 earliest
        = QDateTime(QDate(1995, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 latest = QDateTime::currentMSecsSinceEpoch() + 366LL * 24 * 3600 * 1000;
    qint64 implausible = 0;
    for (quint32 i = 0; i < store.size(); ++i) {
        const qint64 d = store.dateSent(i);
        if (d < earliest || d > latest)
            ++implausible;
    }
    if (implausible > 0)
        m_export->addWarning(u"implausible_dates"_s,
                             tr("%1 messages have a date before 1995 or more than a year in the "
                                "future; they are kept but sort to the start or end of their "
                                "chat.")
                                 .arg(implausible));
}

void SignalModelBuilder::resolveLongTexts()
{
    MessageStore &store = m_export->messages;
    for (const PendingLongText &p : m_longTexts) {
        bool resolved = false;
        if (!m_attachmentDir.isEmpty()) {
            QFile file(
                QDir(m_attachmentDir)
                    .filePath(u"Attachment_%1_%2.bin"_s.arg(p.attachmentId).arg(p.uniqueId)));
            if (file.size() <= kMaxLongTextBytes && file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                if (utf8::isValid(bytes) && !bytes.isEmpty()) {
                    store.replaceBody(p.message, QString::fromUtf8(bytes));
                    m_placeholderRows.push_back(p.message);
                    store.addFlags(p.message, LongTextResolved);
                    if (store.kind(p.message) == MessageKind::MediaOnly)
                        store.setKind(p.message, MessageKind::Text);
                    resolved = true;
                }
            }
        }
        if (!resolved)
            store.addFlags(p.message, LongTextTruncated);
    }
    qint64 truncated = 0;
    for (const PendingLongText &p : m_longTexts)
        truncated += store.hasFlag(p.message, LongTextTruncated) ? 1 : 0;
    if (truncated > 0)
        m_export->addWarning(u"long_text_truncated"_s,
                             tr("%n long messages are only available in Signal's truncated form "
                                "(the full text is in an attachment this export does not include); "
                                "they are context, never a reply of yours to learn.",
                                nullptr, int(truncated)));
}

void SignalModelBuilder::placeMentions()
{
    buildMessageIndex();
    std::stable_sort(
        m_mentions.begin(), m_mentions.end(), [](const PendingMention &a, const PendingMention &b) {
            return a.messageId != b.messageId ? a.messageId < b.messageId : a.start < b.start;
        });
    MessageStore &store = m_export->messages;
    size_t i = 0;
    while (i < m_mentions.size()) {
        size_t j = i;
        while (j < m_mentions.size() && m_mentions[j].messageId == m_mentions[i].messageId)
            ++j;
        const qint64 index = messageIndex(m_mentions[i].messageId);
        if (index >= 0 && store.kind(quint32(index)) == MessageKind::Text) {
            const auto m = quint32(index);
            const QStringView body = store.body(m);
            QString out;
            out.reserve(body.size() + 16);
            qsizetype cursor = 0;
            std::vector<Mention> placed;
            for (size_t k = i; k < j; ++k) {
                const PendingMention &pm = m_mentions[k];
                if (pm.start < cursor || pm.length <= 0 || pm.start + pm.length > body.size())
                    continue; // overlapping or outside the body: leave the text as it is
                out += body.mid(cursor, pm.start - cursor);
                const QString name = u'@' + m_export->displayName(pm.recipientId);
                placed.push_back(
                    Mention{m, pm.recipientId, qint32(out.size()), qint32(name.size())});
                out += name;
                cursor = pm.start + pm.length;
            }
            if (!placed.empty()) {
                out += body.mid(cursor);
                store.replaceBody(m, out);
                store.addFlags(m, HasMention);
                for (const Mention &mention : placed)
                    store.addMention(mention);
            }
        }
        i = j;
    }
}

void SignalModelBuilder::applyMentions()
{
    if (!m_mentions.empty())
        placeMentions();
    // Only rows that held a placeholder when they were read (or got a long text since) can
    // still hold one. Counted also without a mention table: that is when every one is left.
    const MessageStore &store = m_export->messages;
    std::sort(m_placeholderRows.begin(), m_placeholderRows.end());
    m_placeholderRows.erase(std::unique(m_placeholderRows.begin(), m_placeholderRows.end()),
                            m_placeholderRows.end());
    qint64 orphans = 0;
    for (const quint32 m : m_placeholderRows) {
        if (store.kind(m) == MessageKind::Text && !store.hasFlag(m, HasMention)
            && store.body(m).contains(kMentionPlaceholder))
            ++orphans;
    }
    if (orphans > 0)
        m_export->addWarning(u"unresolved_mentions"_s,
                             tr("%1 messages contain mention placeholders without a mention row; "
                                "export the \"mention\" table to resolve them.")
                                 .arg(orphans));
}

void SignalModelBuilder::assignThreads()
{
    ExportFinalizer::indexThreads(*m_export);
}

void SignalModelBuilder::gatherSelfEvidence()
{
    const ChatExport &ex = *m_export;
    const MessageStore &store = ex.messages;
    // Quotes in 1:1 chats that point at a message of the chat, by someone who is not the
    // partner. Few rows quote: one pass over the quote column finds them (counts do not
    // depend on the order they are found in).
    for (quint32 m = 0; m < store.size(); ++m) {
        const qint64 qid = store.quoteId(m);
        const qint64 author = store.quoteAuthorId(m);
        const qint32 th = store.thread(m);
        if (qid <= 0 || author <= 0 || th < 0 || size_t(th) >= ex.threads.size())
            continue;
        const Thread &t = ex.threads[size_t(th)];
        if (t.isGroup || author == t.recipientId)
            continue;
        const auto it = std::lower_bound(
            t.messages.begin(), t.messages.end(), qid,
            [&store](quint32 msg, qint64 date) { return store.dateSent(msg) < date; });
        if (it != t.messages.end() && store.dateSent(*it) == qid)
            ++m_evidence.oneToOneOthers[author];
    }
    for (const Thread &t : ex.threads) {
        const Recipient *r = ex.recipient(t.recipientId);
        if (t.isGroup && r && !r->memberIds.isEmpty() && m_activeGroups.contains(r->id)) {
            QSet<qint64> silent(r->memberIds.cbegin(), r->memberIds.cend());
            for (quint32 m : t.messages) {
                if (store.direction(m) == Direction::Incoming && store.kind(m) != MessageKind::Call)
                    silent.remove(store.senderId(m)); // still the row's own sender column
            }
            m_evidence.silentGroupMembers.append(silent);
        }
    }
    // Reactions in 1:1 chats by someone who is not the partner. The side tables are not
    // sorted by message yet, so they are walked as they are.
    for (const Reaction &reaction : store.allReactions()) {
        const qint32 th = store.thread(reaction.message);
        if (th < 0 || size_t(th) >= ex.threads.size())
            continue;
        const Thread &t = ex.threads[size_t(th)];
        if (!t.isGroup && reaction.authorId > 0 && reaction.authorId != t.recipientId)
            ++m_evidence.oneToOneOthers[reaction.authorId];
    }
}

void SignalModelBuilder::estimateSchema()
{
    SourceInfo &src = m_export->source;
    const QStringList &c = m_messageColumns;
    src.databaseVersion = m_databaseVersion;
    QString label;
    if (m_hasLegacySms)
        label = u"sms + mms tables (dbv < 168)"_s;
    else if (c.contains(u"deleted_by"_s))
        label = u"message table with deleted_by (dbv >= 302)"_s;
    else if (c.contains(u"message_extras"_s))
        label = u"message table, from/to recipients (dbv >= 217)"_s;
    else if (c.contains(u"from_recipient_id"_s))
        label = u"message table, from/to recipients (dbv 185-216)"_s;
    else if (c.contains(u"msg_box"_s) || c.contains(u"address"_s))
        label = u"mms table with pre-166 column names"_s;
    else
        label = u"single message table with recipient_id (dbv 168-184)"_s;
    label += m_attachmentTableIsPart ? u", part table (dbv < 215)"_s
                                     : (m_hasAttachmentTable ? u", attachment table"_s : QString());
    if (m_databaseVersion > 0)
        label += u"; user_version %1"_s.arg(m_databaseVersion);
    src.schema = label;
}

Expected<std::shared_ptr<ChatExport>> SignalModelBuilder::finish()
{
    ChatExport &ex = *m_export;
    if (!m_hasMessageTable) {
        Error e = Error::make(ErrorCode::MissingTable,
                              tr("No message table was found in this export."), ex.source.path);
        e.hint = tr("Export it with signalbackup-tools --exportcsv message=message.csv (or "
                    "sms=...,mms=... for databases older than 2023).");
        return e;
    }
    if (m_job.isCanceled())
        return Error::canceled();
    if (!m_hasRecipientTable)
        ex.addWarning(u"no_recipient_table"_s,
                      tr("No recipient table was found: contacts are shown by id, and group chats "
                         "are only recognised from their messages."));
    if (!m_hasThreadTable)
        ex.addWarning(u"no_thread_table"_s,
                      tr("No thread table was found: each chat's partner was inferred from its "
                         "messages."));
    if (m_oversizedTexts > 0)
        ex.addWarning(u"oversized_text"_s,
                      tr("%1 message texts were longer than 1 MiB and were cut there.")
                          .arg(m_oversizedTexts));
    if (m_invalidUtf8 > 0)
        ex.addWarning(u"invalid_utf8_repaired"_s,
                      tr("%1 messages contained bytes that are not UTF-8; they were replaced with "
                         "U+FFFD.")
                          .arg(m_invalidUtf8));

    dropDuplicateIds();
    normalizeTimestamps();
    placeEditsAtTheirFirstVersion();
    m_joiningText.waitForFinished(); // the message text is complete from here on
    resolveLongTexts();

    // Threads: partner, group flag, title, blocked.
    for (size_t i = 0; i < ex.threads.size(); ++i) {
        Thread &t = ex.threads[i];
        if (t.recipientId == 0)
            t.recipientId = m_threadRecipientGuess[i];
        if (t.recipientId != 0)
            recipientFor(t.recipientId);
    }
    for (auto it = m_distributionListNames.cbegin(); it != m_distributionListNames.cend(); ++it) {
        Recipient &list = recipientFor(it.key());
        list.kind = RecipientKind::DistributionList;
        if (list.groupTitle.isEmpty())
            list.groupTitle = it.value(); // the list's name comes where a group's title would
    }
    ex.rebuildIndexes();
    for (Recipient &r : ex.recipients) {
        r.resolveDisplayName();
        // Ascending, so CSV (often in index order) and SQLite (rowid order) agree.
        std::sort(r.memberIds.begin(), r.memberIds.end());
    }
    ExportFinalizer::applyRecipientsToThreads(ex);
    applyMentions();
    assignThreads();

    gatherSelfEvidence();
    auto self = SelfDetector::detect(m_evidence, m_options.selfOverride);
    if (!self)
        return self.error();
    ex.self = *self;
    if (ex.self.isKnown()) {
        recipientFor(ex.self.id).isSelf = true;
        ex.rebuildIndexes();
        ExportFinalizer::markNoteToSelf(ex);
    }
    // Outgoing rows are self's; incoming rows in 1:1 chats without a usable sender are
    // from the partner.
    MessageStore &store = ex.messages;
    for (quint32 i = 0; i < store.size(); ++i) {
        if (store.isOutgoing(i)) {
            if (ex.self.isKnown())
                store.setSenderId(i, ex.self.id);
            continue;
        }
        const qint32 th = store.thread(i);
        if (th >= 0 && store.senderId(i) <= 0 && !ex.threads[size_t(th)].isGroup)
            store.setSenderId(i, ex.threads[size_t(th)].recipientId);
    }

    estimateSchema();
    store.finalize();
    return m_export;
}

} // namespace idiolect
