// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalModelBuilder.h"

#include "SelfDetector.h"
#include "TableReader.h"
#include "common/JobContext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr int kCancelCheckRows = 4096;

RecipientKind recipientKindFrom(qint64 type, const QString &groupId)
{
    if (groupId.startsWith(u"__signal_group__v2__!"_s))
        return RecipientKind::GroupV2;
    if (groupId.startsWith(u"__textsecure_group__!"_s))
        return RecipientKind::GroupV1;
    if (groupId.startsWith(u"__signal_mms_group__!"_s))
        return RecipientKind::MmsGroup;
    switch (type) {
    case 0: return RecipientKind::Individual;
    case 1: return RecipientKind::MmsGroup;
    case 2: return RecipientKind::GroupV1;
    case 3: return RecipientKind::GroupV2;
    case 4: return RecipientKind::DistributionList;
    case 5: return RecipientKind::CallLink;
    default: return groupId.isEmpty() ? RecipientKind::Individual : RecipientKind::GroupV2;
    }
}

} // namespace

SignalModelBuilder::SignalModelBuilder(ImportOptions options, JobContext &job)
    : m_options(std::move(options)), m_job(job), m_export(std::make_shared<ChatExport>())
{ }

SignalModelBuilder::~SignalModelBuilder() = default;

Status SignalModelBuilder::read(SignalTableKind kind, TableReader &table)
{
    switch (kind) {
    case SignalTableKind::Recipient: return readRecipients(table);
    case SignalTableKind::Groups: return readGroups(table);
    case SignalTableKind::GroupMembership: return readGroupMembership(table);
    case SignalTableKind::Thread: return readThreads(table);
    case SignalTableKind::Message:
    case SignalTableKind::LegacySms:
    case SignalTableKind::LegacyMms: return readMessages(table, kind);
    case SignalTableKind::Attachment: return readAttachments(table);
    case SignalTableKind::Mention: return readMentions(table);
    case SignalTableKind::Reaction: return readReactions(table);
    case SignalTableKind::DistributionList:
    case SignalTableKind::Unknown: return {};
    }
    return {};
}

Recipient &SignalModelBuilder::recipientFor(qint64 id)
{
    const auto it = m_recipientIndex.constFind(id);
    if (it != m_recipientIndex.constEnd())
        return m_export->recipients[size_t(*it)];
    Recipient r;
    r.id = id;
    m_recipientIndex.insert(id, qsizetype(m_export->recipients.size()));
    m_export->recipients.push_back(std::move(r));
    return m_export->recipients.back();
}

qint32 SignalModelBuilder::threadFor(qint64 threadId)
{
    const auto it = m_threadIndex.constFind(threadId);
    if (it != m_threadIndex.constEnd())
        return *it;
    Thread t;
    t.id = threadId;
    const auto index = qint32(m_export->threads.size());
    m_threadIndex.insert(threadId, index);
    m_export->threads.push_back(std::move(t));
    m_threadRecipientGuess.push_back(0);
    m_threadGuessFromOutgoing.push_back(0);
    return index;
}

Status SignalModelBuilder::readRecipients(TableReader &t)
{
    m_hasRecipientTable = true;
    const int cId = t.columnIndex(u"_id");
    const int cType = t.columnIndex({u"type", u"group_type"});
    const int cE164 = t.columnIndex({u"e164", u"phone"});
    const int cAci = t.columnIndex({u"aci", u"uuid"});
    const int cUser = t.columnIndex(u"username");
    const int cEmail = t.columnIndex(u"email");
    const int cGroup = t.columnIndex(u"group_id");
    const int cBlocked = t.columnIndex(u"blocked");
    const int cPGiven = t.columnIndex({u"profile_given_name", u"signal_profile_name"});
    const int cPFamily = t.columnIndex(u"profile_family_name");
    const int cPJoined = t.columnIndex(u"profile_joined_name");
    const int cSGiven = t.columnIndex(u"system_given_name");
    const int cSFamily = t.columnIndex(u"system_family_name");
    const int cSJoined = t.columnIndex({u"system_joined_name", u"system_display_name"});
    const int cSNick = t.columnIndex(u"system_nickname");
    const int cNGiven = t.columnIndex(u"nickname_given_name");
    const int cNFamily = t.columnIndex(u"nickname_family_name");
    const int cNJoined = t.columnIndex(u"nickname_joined_name");
    if (cId < 0)
        return t.errorAt(ErrorCode::MissingColumn, -1,
                         tr("The recipient table has no \"_id\" column."));

    auto str = [&t](int c) { return c < 0 || t.isNull(c) ? QString() : t.text(c).toString(); };
    qint64 rows = 0;
    while (t.next()) {
        if (++rows % kCancelCheckRows == 0 && m_job.isCanceled())
            return Error::canceled();
        bool ok = true;
        const qint64 id = t.toInt64(cId, 0, &ok);
        if (!ok)
            return t.errorAt(ErrorCode::InvalidValue, cId, tr("The recipient id is not a number."));
        Recipient &r = recipientFor(id);
        r.groupId = str(cGroup);
        r.kind = recipientKindFrom(cType >= 0 ? t.toInt64(cType) : 0, r.groupId);
        r.e164 = str(cE164);
        r.aci = str(cAci);
        r.username = str(cUser);
        r.email = str(cEmail);
        r.blocked = cBlocked >= 0 && t.toInt64(cBlocked) != 0;
        r.profileGiven = str(cPGiven);
        r.profileFamily = str(cPFamily);
        r.profileJoined = str(cPJoined);
        r.systemGiven = str(cSGiven);
        r.systemFamily = str(cSFamily);
        r.systemJoined = str(cSJoined);
        r.systemNickname = str(cSNick);
        r.nicknameGiven = str(cNGiven);
        r.nicknameFamily = str(cNFamily);
        r.nicknameJoined = str(cNJoined);
        if (!r.groupId.isEmpty())
            m_groupRecipientByGroupId.insert(r.groupId, id);
        m_evidence.knownRecipients.insert(id);
    }
    return t.error().isError() ? Status(t.error()) : Status();
}

Status SignalModelBuilder::readGroups(TableReader &t)
{
    const int cGroupId = t.columnIndex(u"group_id");
    const int cTitle = t.columnIndex(u"title");
    const int cRecipient = t.columnIndex(u"recipient_id");
    const int cMembers = t.columnIndex(u"members");
    const int cActive = t.columnIndex(u"active");
    while (t.next()) {
        const QString groupId = t.text(cGroupId).toString();
        qint64 recipientId = cRecipient >= 0 ? t.toInt64(cRecipient, -1) : -1;
        if (recipientId < 0)
            recipientId = m_groupRecipientByGroupId.value(groupId, -1);
        if (recipientId < 0)
            continue;
        m_groupRecipientByGroupId.insert(groupId, recipientId);
        Recipient &r = recipientFor(recipientId);
        if (r.groupId.isEmpty())
            r.groupId = groupId;
        if (r.kind == RecipientKind::Individual)
            r.kind = recipientKindFrom(-1, groupId);
        if (cTitle >= 0 && !t.isNull(cTitle))
            r.groupTitle = t.text(cTitle).toString();
        if (cMembers >= 0 && !t.isNull(cMembers)) {
            const QString members = t.text(cMembers).toString();
            for (QStringView part : QStringView(members).split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 member = part.trimmed().toLongLong(&ok);
                if (ok && !r.memberIds.contains(member))
                    r.memberIds.append(member);
            }
        }
        if (cActive < 0 || t.toInt64(cActive, 1) != 0)
            m_activeGroups.insert(recipientId);
    }
    return t.error().isError() ? Status(t.error()) : Status();
}

Status SignalModelBuilder::readGroupMembership(TableReader &t)
{
    const int cGroupId = t.columnIndex(u"group_id");
    const int cRecipient = t.columnIndex(u"recipient_id");
    while (t.next()) {
        const qint64 groupRecipient
            = m_groupRecipientByGroupId.value(t.text(cGroupId).toString(), -1);
        if (groupRecipient < 0)
            continue;
        const qint64 member = t.toInt64(cRecipient, -1);
        Recipient &r = recipientFor(groupRecipient);
        if (member >= 0 && !r.memberIds.contains(member))
            r.memberIds.append(member);
    }
    return t.error().isError() ? Status(t.error()) : Status();
}

Status SignalModelBuilder::readThreads(TableReader &t)
{
    m_hasThreadTable = true;
    const int cId = t.columnIndex(u"_id");
    const int cRecipient
        = t.columnIndex({u"recipient_id", u"thread_recipient_id", u"recipient_ids"});
    while (t.next()) {
        bool ok = true;
        const qint64 id = t.toInt64(cId, 0, &ok);
        if (!ok)
            return t.errorAt(ErrorCode::InvalidValue, cId, tr("The thread id is not a number."));
        qint64 recipient = t.toInt64(cRecipient, 0, &ok);
        if (!ok) {
            // recipient_ids (dbv < 108) may hold a space separated list; the first is the partner.
            const QString list = t.text(cRecipient).toString();
            recipient = QStringView(list).split(u' ', Qt::SkipEmptyParts).value(0).toLongLong();
        }
        const qint32 index = threadFor(id);
        m_export->threads[size_t(index)].recipientId = recipient;
    }
    return t.error().isError() ? Status(t.error()) : Status();
}

void SignalModelBuilder::buildMessageIndex()
{
    if (!m_messageIdsDirty)
        return;
    const MessageStore &store = m_export->messages;
    m_messageIds.clear();
    m_messageIds.reserve(store.size());
    for (quint32 i = 0; i < store.size(); ++i)
        m_messageIds.emplace_back(store.id(i), i);
    std::sort(m_messageIds.begin(), m_messageIds.end());
    m_messageIdsDirty = false;
}

qint64 SignalModelBuilder::messageIndex(qint64 id) const
{
    const auto it = std::lower_bound(m_messageIds.begin(), m_messageIds.end(),
                                     std::pair<qint64, quint32>(id, 0));
    if (it == m_messageIds.end() || it->first != id)
        return -1;
    return it->second;
}

Status SignalModelBuilder::readAttachments(TableReader &t)
{
    buildMessageIndex();
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
        const QString file = u"Attachment_%1_%2.bin"_s.arg(a.id).arg(a.uniqueId);
        if (files.contains(file))
            a.localPath = QDir(m_attachmentDir).filePath(file);
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
        if (m_hasLegacySms && cIsMms >= 0 && t.toInt64(cIsMms) == 0)
            id = -id;
        const qint64 index = messageIndex(id);
        ++m_export->reactionRows;
        if (index < 0)
            continue;
        store.addReaction(Reaction{quint32(index), t.toInt64(cAuthor), t.text(cEmoji).toString(),
                                   cDate >= 0 ? t.toInt64(cDate) : 0});
    }
    return t.error().isError() ? Status(t.error()) : Status();
}

void SignalModelBuilder::parseLinkPreviews(quint32 message, const QString &json)
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
        m_export->messages.addLinkPreview(LinkPreview{message, url, o.value(u"title"_s).toString(),
                                                      o.value(u"description"_s).toString(),
                                                      qint64(o.value(u"date"_s).toDouble())});
        any = true;
    }
    if (any)
        m_export->messages.addFlags(message, HasLinkPreview);
}

void SignalModelBuilder::parseLegacyReactions(quint32 message, const QByteArray &blob)
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
    qsizetype p = 0;
    while (p < blob.size()) {
        quint64 key = 0, len = 0;
        if (!varint(blob, p, key) || (key & 7) != 2 || !varint(blob, p, len)
            || len > quint64(blob.size() - p))
            return;
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
            m_export->messages.addReaction(r);
            ++m_export->reactionRows;
        }
    }
}

} // namespace idiolect
