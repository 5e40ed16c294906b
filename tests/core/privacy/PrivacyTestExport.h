// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A small in-memory export with international contacts, for the privacy tests.
#pragma once

#include "model/ChatExport.h"
#include "model/ExportFinalizer.h"

#include <QString>

#include <memory>

namespace idiolect::test {

using namespace Qt::StringLiterals;

/** Recipient ids of privacyTestRecipients(). */
enum : qint64 {
    kSelf = 1,
    kAnna = 2,
    kWilliam = 3,
    kJose = 4,
    kAhmed = 5,
    kDana = 6,
    kWang = 7,
    kSakura = 8,
    kCrew = 9,
    kMom = 10,
    kMinsu = 11,
    kAnnaMueller = 12,
    kSam = 13,
};

inline Recipient person(qint64 id, const QString &given, const QString &family,
                        const QString &e164 = {})
{
    Recipient r;
    r.id = id;
    r.profileGiven = given;
    r.profileFamily = family;
    r.e164 = e164;
    r.resolveDisplayName();
    return r;
}

inline std::vector<Recipient> privacyTestRecipients()
{
    std::vector<Recipient> rs;
    Recipient self = person(kSelf, u"Max"_s, u"Mustermann"_s, u"+4915100000001"_s);
    self.isSelf = true;
    rs.push_back(self);
    Recipient anna;
    anna.id = kAnna;
    anna.systemGiven = u"Anna"_s;
    anna.systemFamily = u"Schmidt"_s;
    anna.systemJoined = u"Anna Schmidt"_s;
    anna.e164 = u"+4917612345678"_s;
    anna.aci = u"0f1e2d3c-aaaa-bbbb-cccc-000000000002"_s;
    anna.resolveDisplayName();
    rs.push_back(anna);
    rs.push_back(person(kWilliam, u"William"_s, u"Brown"_s, u"+14158675309"_s));
    Recipient jose;
    jose.id = kJose;
    jose.systemJoined = u"José García"_s;
    jose.resolveDisplayName();
    rs.push_back(jose);
    rs.push_back(person(kAhmed, u"أحمد"_s, u"منصور"_s));
    rs.push_back(person(kDana, u"דנה"_s, QString()));
    Recipient wang;
    wang.id = kWang;
    wang.profileJoined = u"王小明"_s;
    wang.resolveDisplayName();
    rs.push_back(wang);
    rs.push_back(person(kSakura, u"さくら"_s, QString()));
    Recipient crew;
    crew.id = kCrew;
    crew.kind = RecipientKind::GroupV2;
    crew.groupId = u"__signal_group__v2__!crew"_s;
    crew.groupTitle = u"Climbing Crew"_s;
    crew.memberIds = {kSelf, kAnna, kWilliam};
    crew.resolveDisplayName();
    rs.push_back(crew);
    Recipient mom;
    mom.id = kMom;
    mom.systemJoined = u"Mom"_s;
    mom.resolveDisplayName();
    rs.push_back(mom);
    rs.push_back(person(kMinsu, u"민수"_s, QString()));
    rs.push_back(person(kAnnaMueller, u"Anna"_s, u"Müller"_s));
    Recipient sam = person(kSam, u"Sam"_s, u"Becker"_s);
    sam.username = u"sam.72"_s;
    rs.push_back(sam);
    return rs;
}

/** Builds and finalizes an export; add threads and messages through the callbacks. */
class PrivacyTestExport final
{
public:
    PrivacyTestExport() : m_export(std::make_shared<ChatExport>())
    {
        m_export->recipients = privacyTestRecipients();
        m_export->self.id = kSelf;
        m_export->rebuildIndexes();
    }

    int addThread(qint64 recipientId)
    {
        Thread t;
        t.id = qint64(m_export->threads.size()) + 100;
        t.recipientId = recipientId;
        m_export->threads.push_back(t);
        return int(m_export->threads.size()) - 1;
    }

    quint32 add(int thread, qint64 sender, const QString &body, const QString &quote = {})
    {
        MessageRecord r;
        r.id = 1000 + m_export->messages.size();
        r.dateSent = 1700000000000 + qint64(m_export->messages.size()) * 60000;
        r.thread = thread;
        r.senderId = sender;
        r.direction = sender == kSelf ? Direction::Outgoing : Direction::Incoming;
        return m_export->messages.append(r, body, quote);
    }

    void mention(quint32 message, qint64 recipient, qint32 start, qint32 length)
    {
        m_export->messages.addMention(Mention{message, recipient, start, length});
        m_export->messages.addFlags(message, HasMention);
    }

    ChatExportPtr finish()
    {
        m_export->rebuildIndexes();
        ExportFinalizer::finalize(*m_export);
        return m_export;
    }

private:
    std::shared_ptr<ChatExport> m_export;
};

} // namespace idiolect::test
