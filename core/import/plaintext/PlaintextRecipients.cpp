// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlaintextModelBuilder: the account and recipient frames.
#include "PlaintextModelBuilder.h"

#include "ProtoJson.h"
#include "import/JsonLinesReader.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace pj = protojson;

void PlaintextModelBuilder::readAccount(const QJsonObject &account)
{
    m_accountGiven = pj::string(account, "givenName"_L1);
    m_accountFamily = pj::string(account, "familyName"_L1);
    m_accountUsername = pj::string(account, "username"_L1);
    countUnknownKeys(account,
                     {"profileKey"_L1, "username"_L1, "usernameLink"_L1, "givenName"_L1,
                      "familyName"_L1, "avatarUrlPath"_L1, "donationSubscriberData"_L1,
                      "accountSettings"_L1, "backupsSubscriberData"_L1, "svrPin"_L1,
                      "androidSpecificSettings"_L1, "bioText"_L1, "bioEmoji"_L1},
                     "account"_L1);
    if (m_selfId >= 0) {
        Recipient &self = recipientById(m_selfId);
        self.profileGiven = m_accountGiven;
        self.profileFamily = m_accountFamily;
        self.username = m_accountUsername;
    }
}

Recipient &PlaintextModelBuilder::recipientById(qint64 id)
{
    const auto it = m_recipientIndex.constFind(id);
    if (it != m_recipientIndex.constEnd())
        return m_export->recipients[size_t(*it)];
    m_recipientIndex.insert(id, qsizetype(m_export->recipients.size()));
    Recipient r;
    r.id = id;
    r.kind = RecipientKind::Unknown;
    m_export->recipients.push_back(std::move(r));
    return m_export->recipients.back();
}

Status PlaintextModelBuilder::readRecipient(const QJsonObject &recipient, QByteArrayView raw,
                                            qint64 line)
{
    qint64 id = 0;
    if (!pj::id64(recipient, "id"_L1, &id) || id <= 0)
        return invalid(ErrorCode::InvalidValue, tr("The recipient id is not a positive number."),
                       line, JsonLinesReader::columnOfKey(raw, "id"_L1));
    if (m_recipientsPrepared)
        ++m_lateRecipients;
    m_nextSyntheticRecipient = std::max(m_nextSyntheticRecipient, id);
    Recipient &r = recipientById(id);
    if (pj::has(recipient, "self"_L1)) {
        r.kind = RecipientKind::Individual;
        r.isSelf = true;
        r.profileGiven = m_accountGiven;
        r.profileFamily = m_accountFamily;
        r.username = m_accountUsername;
        m_selfId = id;
    } else if (pj::has(recipient, "contact"_L1)) {
        const QJsonObject c = pj::object(recipient, "contact"_L1);
        r.kind = RecipientKind::Individual;
        const QByteArray aci = pj::bytes(c, "aci"_L1);
        if (aci.size() == 16) {
            r.aci = pj::uuidText(aci);
            m_recipientByAci.insert(aci, id);
        }
        r.username = pj::string(c, "username"_L1);
        quint64 e164 = 0;
        if (!pj::unsigned64(c, "e164"_L1, &e164))
            return invalid(ErrorCode::InvalidValue, tr("The phone number is not a number."), line,
                           JsonLinesReader::columnOfKey(raw, "e164"_L1));
        if (e164 > 0)
            r.e164 = u'+' + QString::number(e164);
        r.blocked = pj::boolean(c, "blocked"_L1);
        r.profileGiven = pj::string(c, "profileGivenName"_L1);
        r.profileFamily = pj::string(c, "profileFamilyName"_L1);
        const QJsonObject nickname = pj::object(c, "nickname"_L1);
        r.nicknameGiven = pj::string(nickname, "given"_L1);
        r.nicknameFamily = pj::string(nickname, "family"_L1);
        r.systemGiven = pj::string(c, "systemGivenName"_L1);
        r.systemFamily = pj::string(c, "systemFamilyName"_L1);
        r.systemNickname = pj::string(c, "systemNickname"_L1);
    } else if (pj::has(recipient, "group"_L1)) {
        const QJsonObject g = pj::object(recipient, "group"_L1);
        const QJsonObject snapshot = pj::object(g, "snapshot"_L1);
        r.kind = RecipientKind::GroupV2;
        r.groupTitle = pj::string(pj::object(snapshot, "title"_L1), "title"_L1);
        r.blocked = pj::boolean(g, "blocked"_L1);
        const QByteArray masterKey = pj::bytes(g, "masterKey"_L1);
        // The real group id needs zkgroup; a digest of the master key is stable and unique.
        if (!masterKey.isEmpty())
            r.groupId = u"__signal_plaintext_group__"_s
                + QString::fromLatin1(
                            QCryptographicHash::hash(masterKey, QCryptographicHash::Sha256)
                                .toHex()
                                .left(32));
        else
            r.groupId = u"__signal_plaintext_group__"_s + QString::number(id);
        for (const QJsonValue &m : pj::array(snapshot, "members"_L1)) {
            const QByteArray aci = pj::bytes(m.toObject(), "userId"_L1);
            if (aci.size() == 16)
                m_members.push_back(PendingMember{id, aci});
        }
    } else if (pj::has(recipient, "releaseNotes"_L1)) {
        r.kind = RecipientKind::ReleaseNotes;
    } else if (pj::has(recipient, "distributionList"_L1)) {
        r.kind = RecipientKind::DistributionList;
    } else if (pj::has(recipient, "callLink"_L1)) {
        r.kind = RecipientKind::CallLink;
    } else {
        countUnknownKeys(recipient, {"id"_L1}, "recipient"_L1);
    }
    return {};
}

qint64 PlaintextModelBuilder::recipientForAci(const QByteArray &aci, bool create)
{
    const auto it = m_recipientByAci.constFind(aci);
    if (it != m_recipientByAci.constEnd())
        return *it;
    if (!create)
        return 0;
    const qint64 id = ++m_nextSyntheticRecipient;
    Recipient &r = recipientById(id);
    r.kind = RecipientKind::Individual;
    r.aci = pj::uuidText(aci);
    r.resolveDisplayName();
    m_recipientByAci.insert(aci, id);
    return id;
}

} // namespace idiolect
