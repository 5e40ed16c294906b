// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SignalModelBuilder: tables that point at messages — attachments, mentions, reactions —
// and the JSON/protobuf columns of the message table.
#include "SignalModelBuilder.h"

#include "TableReader.h"
#include "common/JobContext.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace idiolect {

void SignalModelBuilder::buildMessageIndex()
{
    if (!m_messageIdsDirty)
        return;
    const MessageStore &store = m_export->messages;
    m_messageIdsDirty = false;
    m_messageIds.clear();
    m_denseIds.clear();
    m_denseBase = 0;
    // Exports list messages by _id, so this is the rule: then the id column is already the
    // sorted index and no (id, index) copy of a million rows is made.
    m_idsAscending = true;
    for (quint32 i = 1; i < store.size() && m_idsAscending; ++i)
        m_idsAscending = store.id(i - 1) < store.id(i);
    if (!m_idsAscending) {
        m_messageIds.reserve(store.size());
        for (quint32 i = 0; i < store.size(); ++i)
            m_messageIds.emplace_back(store.id(i), i);
        std::sort(m_messageIds.begin(), m_messageIds.end());
        return;
    }
    if (store.isEmpty())
        return;

    // Ids are usually dense (1..n with the gaps of deleted messages): then a table indexed
    // by id answers the side tables' lookups without a search.
    const qint64 first = store.id(0);
    const qint64 last = store.id(store.size() - 1);
    qint64 span = 0;
    if (qSubOverflow(last, first, &span) || span >= 2 * qint64(store.size()) + 1024)
        return; // sparse ids: the binary search is fine
    m_denseBase = first;
    m_denseIds.assign(size_t(span + 1), -1);
    for (quint32 i = 0; i < store.size(); ++i)
        m_denseIds[size_t(store.id(i) - first)] = qint32(i);
}

qint64 SignalModelBuilder::messageIndex(qint64 id) const
{
    if (!m_denseIds.empty()) {
        // Unsigned: ids below the base wrap around and fail the range check too.
        const quint64 slot = quint64(id) - quint64(m_denseBase);
        return slot < m_denseIds.size() ? m_denseIds[size_t(slot)] : -1;
    }
    if (m_idsAscending) {
        // A binary search over the id column itself: the first row whose id is not below.
        const MessageStore &store = m_export->messages;
        quint32 low = 0;
        quint32 high = store.size();
        while (low < high) {
            const quint32 mid = low + (high - low) / 2;
            if (store.id(mid) < id)
                low = mid + 1;
            else
                high = mid;
        }
        return low < store.size() && store.id(low) == id ? qint64(low) : -1;
    }
    const auto it = std::lower_bound(m_messageIds.begin(), m_messageIds.end(),
                                     std::pair<qint64, quint32>(id, 0));
    if (it == m_messageIds.end() || it->first != id)
        return -1;
    return it->second;
}

Status SignalModelBuilder::readAttachments(TableReader &t)
{
    buildMessageIndex();
    m_hasAttachmentTable = true;
    m_attachmentTableIsPart = t.columnIndex(u"mid") >= 0;
    const int cId = t.columnIndex(u"_id");
    const int cMessage = t.columnIndex({u"message_id", u"mid"});
    const int cType = t.columnIndex({u"content_type", u"ct"});
    const int cUnique = t.columnIndex(u"unique_id");
    const int cName = t.columnIndex(u"file_name");
    const int cSize = t.columnIndex(u"data_size");
    const int cCaption = t.columnIndex(u"caption");
    const int cVoice = t.columnIndex(u"voice_note");
    const int cQuote = t.columnIndex(u"quote");
    const int cSticker = t.columnIndex(u"sticker_pack_id");
    const int cWidth = t.columnIndex(u"width");
    const int cHeight = t.columnIndex(u"height");

    QSet<QString> files;
    if (!m_attachmentDir.isEmpty()) {
        const QStringList names
            = QDir(m_attachmentDir).entryList({u"Attachment_*.bin"_s}, QDir::Files);
        files = QSet<QString>(names.cbegin(), names.cend());
    }
    MessageStore &store = m_export->messages;
    auto str = [&t](int c) { return c < 0 || t.isNull(c) ? QString() : t.text(c).toString(); };
    while (t.next()) {
        const qint64 index = messageIndex(t.toInt64(cMessage, -1));
        if (index < 0)
            continue;
        if (cQuote >= 0 && t.toInt64(cQuote) != 0)
            continue; // thumbnail of the quoted message, not an attachment of this one
        const auto m = quint32(index);
        Attachment a;
        a.message = m;
        a.id = cId >= 0 ? t.toInt64(cId, -1) : -1;
        a.uniqueId = cUnique >= 0 ? t.toInt64(cUnique, -1) : -1;
        a.contentType = str(cType);
        if (a.contentType == u"text/x-signal-plain"_s) {
            m_longTexts.push_back(PendingLongText{m, a.id, a.uniqueId});
            continue;
        }
        a.fileName = str(cName);
        a.size = cSize >= 0 ? t.toInt64(cSize, -1) : -1;
        a.caption = str(cCaption);
        a.voiceNote = cVoice >= 0 && t.toInt64(cVoice) != 0;
        a.sticker = cSticker >= 0 && !t.isNull(cSticker);
        a.width = int(cWidth >= 0 ? t.toInt64(cWidth) : 0);
        a.height = int(cHeight >= 0 ? t.toInt64(cHeight) : 0);
        if (!files.isEmpty()) {
            const QString file = u"Attachment_%1_%2.bin"_s.arg(a.id).arg(a.uniqueId);
            if (files.contains(file))
                a.localPath = QDir(m_attachmentDir).filePath(file);
        }
        quint32 flags = HasAttachment;
        if (a.isImage())
            flags |= HasImage;
        if (a.voiceNote)
            flags |= HasVoiceNote;
        if (a.sticker)
            flags |= HasSticker;
        store.addFlags(m, flags);
        store.addAttachment(std::move(a));
    }
    return t.error().isError() ? Status(t.error()) : Status();
}

Status SignalModelBuilder::readMentions(TableReader &t)
{
    const int cMessage = t.columnIndex(u"message_id");
    const int cRecipient = t.columnIndex(u"recipient_id");
    const int cStart = t.columnIndex(u"range_start");
    const int cLength = t.columnIndex(u"range_length");
    while (t.next()) {
        m_mentions.push_back(PendingMention{t.toInt64(cMessage, -1), t.toInt64(cRecipient, 0),
                                            qint32(t.toInt64(cStart, -1)),
                                            qint32(t.toInt64(cLength, 0))});
    }
    return t.error().isError() ? Status(t.error()) : Status();
}

Status SignalModelBuilder::readReactions(TableReader &t)
{
    m_hasReactionTable = true;
    buildMessageIndex();
    const int cMessage = t.columnIndex(u"message_id");
    const int cAuthor = t.columnIndex(u"author_id");
    const int cEmoji = t.columnIndex(u"emoji");
    const int cDate = t.columnIndex(u"date_sent");
    const int cIsMms = t.columnIndex(u"is_mms");
    MessageStore &store = m_export->messages;
    while (t.next()) {
        qint64 id = t.toInt64(cMessage, -1);
        ++m_export->reactionRows;
        if (m_hasLegacySms && cIsMms >= 0 && t.toInt64(cIsMms) == 0) {
            if (id == std::numeric_limits<qint64>::min())
                continue; // no sms row can have this id (its negation does not exist)
            id = -id;
        }
        const qint64 index = messageIndex(id);
        if (index < 0)
            continue;
        store.addReaction(Reaction{quint32(index), t.toInt64(cAuthor), t.text(cEmoji).toString(),
                                   cDate >= 0 ? t.toInt64(cDate) : 0});
    }
    return t.error().isError() ? Status(t.error()) : Status();
}

void SignalModelBuilder::parseLinkPreviews(MessageStore &store, quint32 message,
                                           const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return;
    bool any = false;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString url = o.value(u"url"_s).toString();
        if (url.isEmpty())
            continue;
        store.addLinkPreview(LinkPreview{message, url, o.value(u"title"_s).toString(),
                                         o.value(u"description"_s).toString(),
                                         o.value(u"date"_s).toInteger(0)});
        any = true;
    }
    if (any)
        store.addFlags(message, HasLinkPreview);
}

int SignalModelBuilder::parseLegacyReactions(MessageStore &store, quint32 message,
                                             const QByteArray &blob)
{
    // ReactionList { repeated Reaction reactions = 1; }
    // Reaction { string emoji = 1; uint64 author = 2; uint64 sentTime = 3; uint64 receivedTime = 4; }
    auto varint = [](const QByteArray &b, qsizetype &p, quint64 &out) {
        out = 0;
        for (int shift = 0; shift < 64 && p < b.size(); shift += 7) {
            const auto byte = quint8(b[p++]);
            out |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    };
    int added = 0;
    qsizetype p = 0;
    while (p < blob.size()) {
        quint64 key = 0, len = 0;
        if (!varint(blob, p, key) || (key & 7) != 2 || !varint(blob, p, len)
            || len > quint64(blob.size() - p))
            return added;
        const QByteArray item = blob.mid(p, qsizetype(len));
        p += qsizetype(len);
        if ((key >> 3) != 1)
            continue;
        Reaction r;
        r.message = message;
        qsizetype q = 0;
        while (q < item.size()) {
            quint64 k = 0, v = 0;
            if (!varint(item, q, k))
                break;
            if ((k & 7) == 2) {
                if (!varint(item, q, v) || v > quint64(item.size() - q))
                    break;
                if ((k >> 3) == 1)
                    r.emoji = QString::fromUtf8(item.mid(q, qsizetype(v)));
                q += qsizetype(v);
            } else if ((k & 7) == 0) {
                if (!varint(item, q, v))
                    break;
                if ((k >> 3) == 2)
                    r.authorId = qint64(v);
                else if ((k >> 3) == 3)
                    r.dateSent = qint64(v);
            } else {
                break;
            }
        }
        if (!r.emoji.isEmpty()) {
            store.addReaction(r);
            ++added;
        }
    }
    return added;
}

} // namespace idiolect
