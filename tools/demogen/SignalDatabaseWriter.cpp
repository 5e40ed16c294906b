// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SignalDatabaseWriter: recipients, groups, story lists and threads.
#include "SignalDatabaseWriter.h"

#include "ProtoWriter.h"
#include "Scenario.h"
#include "SignalDatabaseColumns.h"
#include "TableSink.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

const char16_t *const kAvatarColors[] = {u"A100", u"A110", u"A120", u"A130", u"A140", u"A150",
                                         u"A160", u"A170", u"A180", u"A190", u"A200", u"A210"};
const char16_t *const kLegacyColors[]
    = {u"red",        u"pink", u"purple", u"deep_purple", u"indigo",      u"blue",
       u"light_blue", u"cyan", u"teal",   u"green",       u"light_green", u"orange"};

} // namespace

SignalDatabaseWriter::SignalDatabaseWriter(SchemaGeneration generation, TableSink &sink,
                                           QString attachmentDir)
    : m_schema(SignalSchema::forGeneration(generation)),
      m_columns(std::make_unique<Columns>(m_schema)),
      m_sink(sink),
      m_attachmentDir(std::move(attachmentDir)),
      m_rng(0)
{ }

SignalDatabaseWriter::~SignalDatabaseWriter() = default;

bool SignalDatabaseWriter::insert(const TableDef *table, const TableRow &row)
{
    if (!table)
        return true;
    if (!m_sink.insert(*table, row)) {
        m_error = m_sink.errorString();
        return false;
    }
    return true;
}

QByteArray SignalDatabaseWriter::randomBytes(int size)
{
    QByteArray out;
    out.reserve(size);
    while (out.size() < size) {
        const quint64 v = m_rng.next();
        for (int b = 0; b < 8 && out.size() < size; ++b)
            out.append(char((v >> (8 * b)) & 0xFF));
    }
    return out;
}

QString SignalDatabaseWriter::randomUuid()
{
    QByteArray b = randomBytes(16);
    b[6] = char((b[6] & 0x0F) | 0x40);
    b[8] = char((b[8] & 0x3F) | 0x80);
    const QString h = QString::fromLatin1(b.toHex());
    return h.mid(0, 8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-'
        + h.mid(20);
}

QString SignalDatabaseWriter::aciOf(qint64 recipientId) const
{
    const ScenarioPerson *p = m_scenario ? m_scenario->person(recipientId) : nullptr;
    return p ? p->aci : QString();
}

bool SignalDatabaseWriter::begin(const Scenario &scenario)
{
    m_scenario = &scenario;
    m_rng = DemoRandom(scenario.options.seed ^ 0x5167AA11ULL);
    m_chats.assign(size_t(scenario.chats.size()), ChatState{});
    if (!m_sink.open(m_schema)) {
        m_error = m_sink.errorString();
        return false;
    }
    return writeRecipients() && writeGroups();
}

bool SignalDatabaseWriter::writeRecipients()
{
    const TableDef *t = m_schema.table(u"recipient");
    const bool modernNames = t->column(u"aci") >= 0;
    auto col = [t](std::initializer_list<QStringView> names) {
        for (QStringView n : names) {
            const int i = t->column(n);
            if (i >= 0)
                return i;
        }
        return -1;
    };
    const int cId = col({u"_id"}), cType = col({u"type", u"group_type"});
    const int cE164 = col({u"e164", u"phone"}), cAci = col({u"aci", u"uuid"});
    const int cPni = col({u"pni"}), cUser = col({u"username"}), cGroup = col({u"group_id"});
    const int cDist = col({u"distribution_list_id"}), cRegistered = col({u"registered"});
    const int cBlocked = col({u"blocked"}), cProfileKey = col({u"profile_key"});
    const int cSharing = col({u"profile_sharing"});
    const int cPGiven = col({u"profile_given_name", u"signal_profile_name"});
    const int cPFamily = col({u"profile_family_name"}), cPJoined = col({u"profile_joined_name"});
    const int cSGiven = col({u"system_given_name"}), cSFamily = col({u"system_family_name"});
    const int cSJoined = col({u"system_joined_name", u"system_display_name"});
    const int cNGiven = col({u"nickname_given_name"}), cNJoined = col({u"nickname_joined_name"});
    const int cStorage = col({u"storage_service_id", u"storage_service_key"});
    const int cColor = col({u"avatar_color", u"color"}), cAbout = col({u"about"});
    const int cLastFetch = col({u"last_profile_fetch"}), cCaps = col({u"capabilities"});
    const int cPhoneSharing = col({u"phone_number_sharing"});

    for (qint64 id : m_scenario->recipientIds()) {
        TableRow row = t->defaultRow();
        row.setInt(cId, id);
        if (const ScenarioPerson *p = m_scenario->person(id)) {
            row.setText(cE164, p->e164);
            row.setText(cAci, p->aci);
            if (!p->aci.isEmpty() && !p->isSelf)
                row.setText(cPni, u"PNI:"_s + randomUuid());
            row.setText(cUser, p->username);
            row.setInt(cRegistered, p->registered ? 1 : 2);
            row.setInt(cBlocked, p->blocked ? 1 : 0);
            row.setText(cProfileKey, QString::fromLatin1(randomBytes(32).toBase64()));
            row.setInt(cSharing, p->blocked ? 0 : 1);
            row.setText(cPGiven, p->profileGiven);
            row.setText(cPFamily, p->profileFamily);
            row.setText(cPJoined, p->profileJoined());
            row.setText(cSGiven, p->systemGiven);
            row.setText(cSFamily, p->systemFamily);
            row.setText(cSJoined, p->systemJoined());
            row.setText(cNGiven, p->nickname);
            row.setText(cNJoined, p->nickname);
            row.setText(cAbout, p->about);
            row.setInt(cLastFetch, m_scenario->endMs - p->id * 3'600'000);
            row.setInt(cCaps, 3);
            row.setInt(cPhoneSharing, p->e164.isEmpty() ? 2 : 1);
            row.setText(cColor,
                        QString::fromUtf16(modernNames ? kAvatarColors[p->avatarColorIndex]
                                                       : kLegacyColors[p->avatarColorIndex]));
        } else if (const ScenarioGroup *g = m_scenario->group(id)) {
            row.setInt(cType, g->legacyV1 ? 2 : 3);
            row.setText(cGroup, g->groupId());
            row.setInt(cSharing, 1);
            row.setText(
                cColor,
                QString::fromUtf16(modernNames ? kAvatarColors[id % 12] : kLegacyColors[id % 12]));
        } else if (id == m_scenario->storyListRecipientId) {
            if (!m_schema.table(u"distribution_list"))
                continue;
            row.setInt(cType, 4);
            row.setInt(cDist, 1);
        }
        row.setText(cStorage, QString::fromLatin1(randomBytes(16).toBase64()));
        if (!insert(t, row))
            return false;
    }
    return true;
}

bool SignalDatabaseWriter::writeGroups()
{
    const TableDef *t = m_schema.table(u"groups");
    const int cId = t->column(u"_id"), cGroupId = t->column(u"group_id");
    const int cRecipient = t->column(u"recipient_id"), cTitle = t->column(u"title");
    const int cMembers = t->column(u"members"), cTimestamp = t->column(u"timestamp");
    const int cActive = t->column(u"active"), cMasterKey = t->column(u"master_key");
    const int cRevision = t->column(u"revision"), cDecrypted = t->column(u"decrypted_group");
    const int cDistribution = t->column(u"distribution_id");
    qint64 id = 0;
    for (const ScenarioGroup &g : m_scenario->groups) {
        TableRow row = t->defaultRow();
        row.setInt(cId, ++id);
        row.setText(cGroupId, g.groupId());
        row.setInt(cRecipient, g.recipientId);
        row.setText(cTitle, g.title);
        QStringList members;
        for (qint64 m : g.members)
            members.append(QString::number(m));
        row.setText(cMembers, members.join(u','));
        row.setInt(cTimestamp, g.createdAt);
        row.setInt(cActive, g.active ? 1 : 0);
        if (!g.legacyV1) {
            row.set(
                cMasterKey,
                Cell::fromBlob(QCryptographicHash::hash(g.groupKey, QCryptographicHash::Sha256)));
            row.setInt(cRevision, 7 + id);
            ProtoWriter state;
            state.string(2, g.title).varint(4, quint64(7 + id));
            for (qint64 m : g.members)
                state.message(
                    6,
                    ProtoWriter().bytes(1, QByteArray::fromHex(aciOf(m).remove(u'-').toLatin1())));
            row.set(cDecrypted, Cell::fromBlob(state.data()));
            row.setText(cDistribution, randomUuid());
        }
        if (!insert(t, row))
            return false;
    }

    if (const TableDef *gm = m_schema.table(u"group_membership")) {
        // Sorted by (group_id, recipient_id): SQLite answers SELECT * from the covering
        // UNIQUE index in that order, so the CSV export shows it too.
        std::vector<std::pair<QString, qint64>> rows;
        for (const ScenarioGroup &g : m_scenario->groups) {
            for (qint64 m : g.members) {
                if (g.active || m != m_scenario->selfId)
                    rows.emplace_back(g.groupId(), m);
            }
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.first.toUtf8() != b.first.toUtf8() ? a.first.toUtf8() < b.first.toUtf8()
                                                        : a.second < b.second;
        });
        qint64 membershipId = 0;
        for (const auto &[groupId, member] : rows) {
            TableRow row = gm->defaultRow();
            row.setInt(gm->column(u"_id"), ++membershipId);
            row.setText(gm->column(u"group_id"), groupId);
            row.setInt(gm->column(u"recipient_id"), member);
            if (!insert(gm, row))
                return false;
        }
    }

    if (const TableDef *dl = m_schema.table(u"distribution_list")) {
        TableRow row = dl->defaultRow();
        row.setInt(dl->column(u"_id"), 1);
        row.setText(dl->column(u"name"), m_scenario->storyListName);
        row.setText(dl->column(u"distribution_id"), m_scenario->storyListName);
        row.setInt(dl->column(u"recipient_id"), m_scenario->storyListRecipientId);
        if (!insert(dl, row))
            return false;
    }
    return true;
}

bool SignalDatabaseWriter::writeThreads()
{
    const TableDef *t = m_schema.table(u"thread");
    auto col = [t](std::initializer_list<QStringView> names) {
        for (QStringView n : names) {
            const int i = t->column(n);
            if (i >= 0)
                return i;
        }
        return -1;
    };
    const int cId = col({u"_id"}), cDate = col({u"date"});
    const int cCount = col({u"meaningful_messages", u"message_count"});
    const int cRecipient = col({u"recipient_id", u"thread_recipient_id", u"recipient_ids"});
    const int cSnippet = col({u"snippet"}), cSnippetType = col({u"snippet_type"});
    const int cSnippetCt = col({u"snippet_content_type"}), cArchived = col({u"archived"});
    const int cDelivery = col({u"has_delivery_receipt", u"delivery_receipt_count"});
    const int cRead = col({u"has_read_receipt", u"read_receipt_count"});
    const int cExpires = col({u"expires_in"}), cLastSeen = col({u"last_seen"});
    const int cHasSent = col({u"has_sent"}), cPinned = col({u"pinned"}), cActive = col({u"active"});
    for (qsizetype i = 0; i < m_scenario->chats.size(); ++i) {
        const ScenarioChat &c = m_scenario->chats[i];
        const ChatState &st = m_chats[size_t(i)];
        if (st.count == 0)
            continue;
        const ScenarioGroup *g = m_scenario->group(c.recipientId);
        const bool inactive = g && !g->active;
        TableRow row = t->defaultRow();
        row.setInt(cId, c.threadId);
        row.setInt(cDate, st.lastDate);
        row.setInt(cCount, st.count);
        row.setInt(cRecipient, c.recipientId);
        row.setText(cSnippet, st.snippet);
        row.setInt(cSnippetType, st.snippetType);
        row.setText(cSnippetCt, st.snippetContentType);
        row.setInt(cArchived, inactive ? 1 : 0);
        row.setInt(cDelivery, st.hasSent ? 1 : 0);
        row.setInt(cRead, st.hasSent ? 1 : 0);
        row.setInt(cExpires, st.expiresIn);
        row.setInt(cLastSeen, st.lastDate);
        row.setInt(cHasSent, st.hasSent ? 1 : 0);
        row.setInt(cPinned, i == 0 ? 1 : (i == 3 ? 2 : 0));
        row.setInt(cActive, inactive ? 0 : 1);
        if (!insert(t, row))
            return false;
    }
    return true;
}

bool SignalDatabaseWriter::finish()
{
    if (!writeThreads())
        return false;
    if (!m_sink.close()) {
        m_error = m_sink.errorString();
        return false;
    }
    return true;
}

} // namespace idiolect::demogen
