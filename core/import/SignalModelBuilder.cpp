// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalModelBuilder.h"

#include "SelfDetector.h"
#include "TableReader.h"
#include "common/JobContext.h"

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

SignalModelBuilder::~SignalModelBuilder()
{
    m_joiningText.waitForFinished(); // it writes into the store this builder owns
}

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
    case SignalTableKind::DistributionList: return readDistributionLists(table);
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

Expected<QString> SignalModelBuilder::smallText(TableReader &t, int column)
{
    if (column < 0 || t.isNull(column))
        return QString();
    const TextCell cell = t.text(column);
    if (!cell.isUtf8)
        return cell.utf16.left(kMaxSmallTextBytes);
    const qsizetype bad = t.invalidUtf8Offset(column);
    if (bad >= 0) {
        ++m_invalidUtf8;
        if (!m_options.lenient) {
            Error e = t.errorAt(ErrorCode::InvalidUtf8, column, tr("The text is not valid UTF-8."),
                                bad);
            e.hint = tr("The file may have been re-saved in another encoding. Export it again, "
                        "or import with invalid bytes replaced (--lenient).");
            return e;
        }
    }
    return QString::fromUtf8(cell.utf8.first(std::min(cell.utf8.size(), kMaxSmallTextBytes)));
}

Status SignalModelBuilder::readRecipients(TableReader &t)
{
    m_hasRecipientTable = true;
    const int cId = t.columnIndex(u"_id");
    const int cType = t.columnIndex({u"type", u"group_type"});
    const int cBlocked = t.columnIndex(u"blocked");
    const int cGroup = t.columnIndex(u"group_id");
    if (cId < 0)
        return missingColumn(t, u"recipient"_s, u"_id"_s);
    // Every text column we read, mapped to its field; renamed columns cover older databases.
    struct TextColumn
    {
        int column;
        QString Recipient::*field;
    };
    const TextColumn texts[] = {
        {cGroup, &Recipient::groupId},
        {t.columnIndex({u"e164", u"phone"}), &Recipient::e164},
        {t.columnIndex({u"aci", u"uuid"}), &Recipient::aci},
        {t.columnIndex(u"username"), &Recipient::username},
        {t.columnIndex(u"email"), &Recipient::email},
        {t.columnIndex({u"profile_given_name", u"signal_profile_name"}), &Recipient::profileGiven},
        {t.columnIndex(u"profile_family_name"), &Recipient::profileFamily},
        {t.columnIndex(u"profile_joined_name"), &Recipient::profileJoined},
        {t.columnIndex(u"system_given_name"), &Recipient::systemGiven},
        {t.columnIndex(u"system_family_name"), &Recipient::systemFamily},
        {t.columnIndex({u"system_joined_name", u"system_display_name"}), &Recipient::systemJoined},
        {t.columnIndex(u"system_nickname"), &Recipient::systemNickname},
        {t.columnIndex(u"nickname_given_name"), &Recipient::nicknameGiven},
        {t.columnIndex(u"nickname_family_name"), &Recipient::nicknameFamily},
        {t.columnIndex(u"nickname_joined_name"), &Recipient::nicknameJoined},
    };

    qint64 rows = 0;
    while (t.next()) {
        if (++rows % kCancelCheckRows == 0 && m_job.isCanceled())
            return Error::canceled();
        bool ok = true;
        const qint64 id = t.toInt64(cId, 0, &ok);
        if (!ok)
            return t.errorAt(ErrorCode::InvalidValue, cId, tr("The recipient id is not a number."));
        Recipient &r = recipientFor(id);
        for (const TextColumn &tc : texts) {
            auto value = smallText(t, tc.column);
            if (!value)
                return value.error();
            r.*tc.field = std::move(value.value());
        }
        r.kind = recipientKindFrom(cType >= 0 ? t.toInt64(cType) : 0, r.groupId);
        r.blocked = cBlocked >= 0 && t.toInt64(cBlocked) != 0;
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
        auto title = smallText(t, cTitle);
        if (!title)
            return title.error();
        if (!title->isEmpty())
            r.groupTitle = *title;
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

Status SignalModelBuilder::readDistributionLists(TableReader &t)
{
    const int cName = t.columnIndex(u"name");
    const int cRecipient = t.columnIndex(u"recipient_id");
    const int cDistribution = t.columnIndex(u"distribution_id");
    while (t.next()) {
        const qint64 recipient = t.toInt64(cRecipient, -1);
        auto name = smallText(t, cName);
        if (!name)
            return name.error();
        // Signal names its built-in "My Story" list (and its id) with the all-zero UUID.
        const QString myStory = u"00000000-0000-0000-0000-000000000000"_s;
        if (*name == myStory || (cDistribution >= 0 && t.text(cDistribution).toString() == myStory))
            *name = tr("My Story");
        if (recipient >= 0 && !name->isEmpty())
            m_distributionListNames.insert(recipient, *name);
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

} // namespace idiolect
