// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlaintextModelBuilder: chat items — messages, edits, quotes, reactions, attachments.
#include "PlaintextModelBuilder.h"

#include "ProtoJson.h"
#include "import/JsonLinesReader.h"
#include "import/TextFacts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace pj = protojson;

namespace {

struct RangeMention
{
    qint32 start;
    qint32 length;
    QByteArray aci;
};

} // namespace

Status PlaintextModelBuilder::readChatItem(const QJsonObject &item, QByteArrayView raw, qint64 line)
{
    if (!m_recipientsPrepared)
        prepareRecipients();
    qint64 chatId = 0;
    if (!pj::id64(item, "chatId"_L1, &chatId) || chatId <= 0)
        return invalid(ErrorCode::InvalidValue,
                       tr("The chat item's chat id is not a positive "
                          "number."),
                       line, JsonLinesReader::columnOfKey(raw, "chatId"_L1));
    countUnknownKeys(item,
                     {"chatId"_L1,
                      "authorId"_L1,
                      "dateSent"_L1,
                      "expireStartDate"_L1,
                      "expiresInMs"_L1,
                      "revisions"_L1,
                      "sms"_L1,
                      "incoming"_L1,
                      "outgoing"_L1,
                      "directionless"_L1,
                      "standardMessage"_L1,
                      "contactMessage"_L1,
                      "stickerMessage"_L1,
                      "remoteDeletedMessage"_L1,
                      "updateMessage"_L1,
                      "paymentNotification"_L1,
                      "giftBadge"_L1,
                      "viewOnceMessage"_L1,
                      "directStoryReplyMessage"_L1,
                      "poll"_L1,
                      "adminDeletedMessage"_L1,
                      "pinDetails"_L1},
                     "chatItem"_L1);
    // Validate the whole line before anything is appended, so a skipped line leaves no trace.
    const QJsonArray revisions = pj::array(item, "revisions"_L1);
    for (const QJsonValue &rev : revisions) {
        qint64 v = 0;
        const QJsonObject r = rev.toObject();
        if (!rev.isObject() || !pj::id64(r, "authorId"_L1, &v) || !pj::id64(r, "dateSent"_L1, &v))
            return invalid(ErrorCode::InvalidValue,
                           tr("An earlier revision of the message is "
                              "damaged."),
                           line, JsonLinesReader::columnOfKey(raw, "revisions"_L1));
    }
    qint64 author = 0, dateSent = 0;
    if (!pj::id64(item, "authorId"_L1, &author))
        return invalid(ErrorCode::InvalidValue, tr("The author id is not a number."), line,
                       JsonLinesReader::columnOfKey(raw, "authorId"_L1));
    if (!pj::id64(item, "dateSent"_L1, &dateSent))
        return invalid(ErrorCode::InvalidValue,
                       tr("The date is not a whole number of milliseconds."), line,
                       JsonLinesReader::columnOfKey(raw, "dateSent"_L1));

    const qint32 thread = threadFor(chatId, line);
    quint32 index = 0;
    for (const QJsonValue &rev : revisions)
        appendItem(rev.toObject(), true, thread, &index);
    appendItem(item, false, thread, &index);
    if (!revisions.isEmpty()) {
        MessageStore &store = m_export->messages;
        store.addFlags(index, Edited);
        // The outer dateSent is the newest edit's; Signal shows the message where it was first
        // sent (the line's place in the file). Sorted by the edit time it would move below the
        // messages that followed it, so it takes the earliest revision's time.
        qint64 first = store.dateSent(index);
        for (const QJsonValue &rev : revisions) {
            qint64 sent = 0;
            if (pj::id64(rev.toObject(), "dateSent"_L1, &sent) && sent > 0)
                first = std::min(first, sent);
        }
        store.setDateSent(index, first);
    }
    return {};
}

QString PlaintextModelBuilder::textWithMentions(const QJsonObject &text,
                                                std::vector<Mention> *placed)
{
    const QString body = pj::string(text, "body"_L1);
    std::vector<RangeMention> ranges;
    for (const QJsonValue &v : pj::array(text, "bodyRanges"_L1)) {
        const QJsonObject range = v.toObject();
        const QByteArray aci = pj::bytes(range, "mentionAci"_L1);
        qint32 start = 0, length = 0;
        if (aci.isEmpty())
            continue; // a style range (bold, spoiler, …): the text stays as it is
        if (!pj::int32(range, "start"_L1, &start) || !pj::int32(range, "length"_L1, &length)) {
            ++m_unresolvedMentions;
            continue;
        }
        ranges.push_back(RangeMention{start, length, aci});
    }
    if (ranges.empty())
        return body;
    std::stable_sort(
        ranges.begin(), ranges.end(),
        [](const RangeMention &a, const RangeMention &b) { return a.start < b.start; });
    QString out;
    out.reserve(body.size() + 16 * qsizetype(ranges.size()));
    qsizetype cursor = 0;
    for (const RangeMention &r : ranges) {
        const qint64 recipient = recipientForAci(r.aci, false);
        if (r.start < cursor || r.length <= 0 || qsizetype(r.start) + r.length > body.size()
            || recipient == 0) {
            ++m_unresolvedMentions; // overlapping, outside the body, or nobody we know
            continue;
        }
        out += QStringView(body).mid(cursor, r.start - cursor);
        const QString name = u'@' + recipientById(recipient).displayName;
        placed->push_back(Mention{0, recipient, qint32(out.size()), qint32(name.size())});
        out += name;
        cursor = qsizetype(r.start) + r.length;
    }
    out += QStringView(body).mid(cursor);
    return out;
}

void PlaintextModelBuilder::appendItem(const QJsonObject &item, bool revision, qint32 thread,
                                       quint32 *index)
{
    MessageRecord rec;
    rec.id = m_nextMessageId++;
    rec.thread = thread;
    pj::id64(item, "authorId"_L1, &rec.senderId);
    pj::id64(item, "dateSent"_L1, &rec.dateSent);
    bool allFailed = false;
    if (pj::has(item, "incoming"_L1)) {
        rec.direction = Direction::Incoming;
        pj::id64(pj::object(item, "incoming"_L1), "dateReceived"_L1, &rec.dateReceived);
    } else if (pj::has(item, "outgoing"_L1)) {
        const QJsonObject out = pj::object(item, "outgoing"_L1);
        rec.direction = Direction::Outgoing;
        pj::id64(out, "dateReceived"_L1, &rec.dateReceived);
        const QJsonArray statuses = pj::array(out, "sendStatus"_L1);
        allFailed = !statuses.isEmpty()
            && std::all_of(statuses.begin(), statuses.end(),
                           [](const QJsonValue &s) { return pj::has(s.toObject(), "failed"_L1); });
    } else if (pj::has(item, "directionless"_L1)) {
        rec.direction = Direction::None;
    } else {
        rec.direction = rec.senderId == m_selfId ? Direction::Outgoing : Direction::Incoming;
    }
    if (pj::boolean(item, "sms"_L1))
        rec.flags |= Sms;
    quint64 expires = 0;
    if (pj::unsigned64(item, "expiresInMs"_L1, &expires) && expires > 0)
        rec.flags |= Expiring;
    if (allFailed)
        rec.flags |= SendFailed;

    MessageStore &store = m_export->messages;
    std::vector<Mention> mentions;
    qint64 unresolvedBefore = 0;
    QString body;
    QString quoteBody;
    QJsonObject standard;
    QLatin1StringView reacting;
    if (pj::has(item, "standardMessage"_L1)) {
        standard = pj::object(item, "standardMessage"_L1);
        reacting = "standardMessage"_L1;
        unresolvedBefore = m_unresolvedMentions;
        body = textWithMentions(pj::object(standard, "text"_L1), &mentions);
        if (pj::has(standard, "quote"_L1)) {
            const QJsonObject quote = pj::object(standard, "quote"_L1);
            rec.flags |= HasQuote;
            pj::id64(quote, "targetSentTimestamp"_L1, &rec.quoteId);
            pj::id64(quote, "authorId"_L1, &rec.quoteAuthorId);
            std::vector<Mention> ignored;
            quoteBody = textWithMentions(pj::object(quote, "text"_L1), &ignored);
        }
        const bool text = textfacts::hasNonSpace(body);
        rec.kind = allFailed ? MessageKind::DraftFailed
                             : (text ? MessageKind::Text : MessageKind::MediaOnly);
        if (text && textfacts::containsUrl(body))
            rec.flags |= HasUrl;
    } else if (pj::has(item, "directStoryReplyMessage"_L1)) {
        const QJsonObject reply = pj::object(item, "directStoryReplyMessage"_L1);
        reacting = "directStoryReplyMessage"_L1;
        rec.flags |= StoryReply;
        if (pj::has(reply, "textReply"_L1)) {
            body = textWithMentions(pj::object(pj::object(reply, "textReply"_L1), "text"_L1),
                                    &mentions);
            rec.kind = textfacts::hasNonSpace(body) ? MessageKind::Text : MessageKind::MediaOnly;
        } else {
            rec.kind = MessageKind::Story; // an emoji reaction to a story
        }
    } else if (pj::has(item, "stickerMessage"_L1)) {
        reacting = "stickerMessage"_L1;
        rec.kind = MessageKind::MediaOnly;
        rec.flags |= HasSticker;
    } else if (pj::has(item, "viewOnceMessage"_L1)) {
        reacting = "viewOnceMessage"_L1;
        rec.kind = MessageKind::MediaOnly;
        rec.flags |= ViewOnce;
    } else if (pj::has(item, "contactMessage"_L1) || pj::has(item, "poll"_L1)) {
        reacting = pj::has(item, "poll"_L1) ? "poll"_L1 : "contactMessage"_L1;
        rec.kind = MessageKind::MediaOnly;
    } else if (pj::has(item, "remoteDeletedMessage"_L1)
               || pj::has(item, "adminDeletedMessage"_L1)) {
        rec.kind = MessageKind::Deleted;
    } else if (pj::has(item, "updateMessage"_L1)) {
        const QJsonObject update = pj::object(item, "updateMessage"_L1);
        if (pj::has(update, "groupChange"_L1)) {
            rec.kind = MessageKind::GroupUpdate;
        } else if (pj::has(update, "individualCall"_L1)) {
            rec.kind = MessageKind::Call;
            const QString dir = pj::string(pj::object(update, "individualCall"_L1), "direction"_L1);
            rec.direction = dir == "OUTGOING"_L1 ? Direction::Outgoing : Direction::Incoming;
        } else if (pj::has(update, "groupCall"_L1)) {
            rec.kind = MessageKind::Call;
        } else {
            rec.kind = MessageKind::System;
        }
    } else if (pj::has(item, "paymentNotification"_L1) || pj::has(item, "giftBadge"_L1)) {
        rec.kind = MessageKind::System;
    } else {
        rec.kind = MessageKind::System;
        ++m_unknownItems;
    }
    if (revision)
        rec.kind = MessageKind::EditRevision;
    if (rec.direction == Direction::Outgoing)
        ++m_outgoingAuthors[rec.senderId];

    *index = store.append(rec, body, quoteBody, &m_loneSurrogates);
    // A long text replaces the body later; its mentions are placed once it is known which.
    const bool longText = !revision && pj::has(standard, "longText"_L1);
    if (!mentions.empty() && !longText) {
        store.addFlags(*index, HasMention);
        for (Mention m : mentions) {
            m.message = *index;
            store.addMention(m);
        }
    }
    if (revision)
        return; // earlier versions keep their text only; reactions and files sit on the latest
    if (!standard.isEmpty())
        readStandardMessage(standard, *index);
    if (longText && !m_files.empty() && m_files.back().attachment < 0
        && m_files.back().message == *index) {
        PendingFile &file = m_files.back();
        file.text = pj::object(standard, "text"_L1);
        file.mentions = std::move(mentions);
        file.unresolvedMentions = m_unresolvedMentions - unresolvedBefore;
    }
    if (reacting == "stickerMessage"_L1) {
        const QJsonObject sticker = pj::object(pj::object(item, "stickerMessage"_L1), "sticker"_L1);
        Attachment a;
        a.sticker = true;
        a.caption = pj::string(sticker, "emoji"_L1);
        addFilePointer(pj::object(sticker, "data"_L1), *index, std::move(a));
    }
    if (!reacting.isEmpty())
        readReactions(pj::object(item, reacting), *index);
}

} // namespace idiolect
