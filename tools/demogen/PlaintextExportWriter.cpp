// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaintextExportWriter.h"

#include "PlaintextJson.h"
#include "Scenario.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

using namespace plaintextjson;

PlaintextExportWriter::PlaintextExportWriter(QString dir) : m_dir(std::move(dir)) { }

PlaintextExportWriter::~PlaintextExportWriter() = default;

QString PlaintextExportWriter::aci(qint64 recipientId) const
{
    const ScenarioPerson *p = m_scenario->person(recipientId);
    return p ? b64(QUuid::fromString(p->aci).toRfc4122()) : QString();
}

bool PlaintextExportWriter::line(const QJsonObject &frame)
{
    const QByteArray bytes = QJsonDocument(frame).toJson(QJsonDocument::Compact) + '\n';
    if (m_main->write(bytes) != bytes.size()) {
        m_error = m_main->fileName() + u": "_s + m_main->errorString();
        return false;
    }
    return true;
}

bool PlaintextExportWriter::begin(const Scenario &scenario)
{
    m_scenario = &scenario;
    if (!QDir().mkpath(m_dir)) {
        m_error = u"cannot create "_s + m_dir;
        return false;
    }
    QSaveFile metadata(QDir(m_dir).filePath(u"metadata.json"_s));
    const QByteArray meta = "{\"version\":1,\"backupId\":{\"iv\":\""
        + derivedBytes("iv", 12).toBase64() + "\",\"encryptedId\":\""
        + derivedBytes("id", 16).toBase64() + "\"}}\n";
    if (!metadata.open(QIODevice::WriteOnly) || metadata.write(meta) != meta.size()
        || !metadata.commit()) {
        m_error = metadata.fileName() + u": "_s + metadata.errorString();
        return false;
    }
    m_main = std::make_unique<QSaveFile>(QDir(m_dir).filePath(u"main.jsonl"_s));
    if (!m_main->open(QIODevice::WriteOnly)) {
        m_error = m_main->fileName() + u": "_s + m_main->errorString();
        return false;
    }
    const ScenarioPerson &self = scenario.self();
    bool ok = line({{u"version"_s, u"1"_s},
                    {u"backupTimeMs"_s, num(scenario.endMs)},
                    {u"mediaRootBackupKey"_s, b64(derivedBytes("media", 32))},
                    {u"currentAppVersion"_s, u"Android 8.12.0"_s},
                    {u"firstAppVersion"_s, u"Android 7.0.0"_s}});
    QJsonObject account{{u"profileKey"_s, b64(derivedBytes("profile", 32))},
                        {u"givenName"_s, self.profileGiven}};
    if (!self.profileFamily.isEmpty())
        account.insert(u"familyName"_s, self.profileFamily);
    if (!self.username.isEmpty())
        account.insert(u"username"_s, self.username);
    ok = ok && line({{u"account"_s, account}});
    for (const ScenarioPerson &p : scenario.people) {
        QJsonObject r{{u"id"_s, num(p.id)}};
        if (p.isSelf) {
            r.insert(u"self"_s, QJsonObject{});
        } else {
            QJsonObject c{{u"aci"_s, aci(p.id)}};
            const auto put = [&c](const QString &key, const QString &value) {
                if (!value.isEmpty())
                    c.insert(key, value);
            };
            if (p.e164.startsWith(u'+'))
                c.insert(u"e164"_s, p.e164.mid(1));
            put(u"username"_s, p.username);
            put(u"profileGivenName"_s, p.profileGiven);
            put(u"profileFamilyName"_s, p.profileFamily);
            put(u"systemGivenName"_s, p.systemGiven);
            put(u"systemFamilyName"_s, p.systemFamily);
            if (!p.nickname.isEmpty())
                c.insert(u"nickname"_s, QJsonObject{{u"given"_s, p.nickname}});
            if (p.blocked)
                c.insert(u"blocked"_s, true);
            c.insert(p.registered ? u"registered"_s : u"notRegistered"_s, QJsonObject{});
            c.insert(u"profileSharing"_s, true);
            r.insert(u"contact"_s, c);
        }
        ok = ok && line({{u"recipient"_s, r}});
    }
    for (const ScenarioGroup &g : scenario.groups) {
        QJsonArray members;
        for (qint64 m : g.members)
            members.append(QJsonObject{{u"userId"_s, aci(m)}});
        const QJsonObject snapshot{{u"title"_s, QJsonObject{{u"title"_s, g.title}}},
                                   {u"version"_s, 3},
                                   {u"members"_s, members}};
        ok = ok
            && line({{u"recipient"_s,
                      QJsonObject{{u"id"_s, num(g.recipientId)},
                                  {u"group"_s,
                                   QJsonObject{{u"masterKey"_s, b64(g.groupKey)},
                                               {u"whitelisted"_s, true},
                                               {u"snapshot"_s, snapshot}}}}}});
    }
    if (scenario.storyListRecipientId > 0) {
        const QJsonObject list{
            {u"distributionId"_s, b64(QByteArray(16, '\0'))},
            {u"distributionList"_s, QJsonObject{{u"name"_s, scenario.storyListName}}}};
        ok = ok
            && line({{u"recipient"_s,
                      QJsonObject{{u"id"_s, num(scenario.storyListRecipientId)},
                                  {u"distributionList"_s, list}}}});
    }
    for (const ScenarioChat &chat : scenario.chats) {
        if (chat.kind == ChatKind::StoryList)
            continue; // stories are not chats in a backup
        ok = ok
            && line({{u"chat"_s,
                      QJsonObject{{u"id"_s, num(chat.threadId)},
                                  {u"recipientId"_s, num(chat.recipientId)}}}});
    }
    return ok;
}

QJsonObject PlaintextExportWriter::content(const ScenarioMessage &m)
{
    QJsonArray reactions;
    for (const ScenarioReaction &r : m.reactions)
        reactions.append(QJsonObject{{u"emoji"_s, r.emoji},
                                     {u"authorId"_s, num(r.authorId)},
                                     {u"sentTimestamp"_s, num(r.dateSent)},
                                     {u"sortOrder"_s, num(reactions.size() + 1)}});
    const auto withReactions = [&reactions](QJsonObject o) {
        if (!reactions.isEmpty())
            o.insert(u"reactions"_s, reactions);
        return o;
    };
    if (m.remoteDeleted)
        return {{u"remoteDeletedMessage"_s, QJsonObject{}}};
    if (m.viewOnce)
        return {{u"viewOnceMessage"_s, withReactions({})}}; // Signal strips the media
    for (int i = 0; i < m.attachments.size(); ++i) {
        const ScenarioAttachment &a = m.attachments[i];
        if (!a.sticker)
            continue;
        const QJsonObject sticker{{u"packId"_s, b64(derivedBytes("pack", 16))},
                                  {u"packKey"_s, b64(derivedBytes("packKey", 32))},
                                  {u"stickerId"_s, 1},
                                  {u"emoji"_s, a.stickerEmoji},
                                  {u"data"_s, pointer(a.bytes, a.contentType, m.id, i, &a)}};
        return {{u"stickerMessage"_s, withReactions({{u"sticker"_s, sticker}})}};
    }
    QJsonArray ranges;
    for (const ScenarioMention &mention : m.mentions) {
        QJsonObject r{{u"length"_s, mention.length}, {u"mentionAci"_s, aci(mention.recipientId)}};
        if (mention.start > 0)
            r.insert(u"start"_s, mention.start);
        ranges.append(r);
    }
    for (const auto &[start, length] : m.boldRanges) {
        QJsonObject r{{u"length"_s, length}, {u"style"_s, u"BOLD"_s}};
        if (start > 0)
            r.insert(u"start"_s, start);
        ranges.append(r);
    }
    if (m.directStoryReply)
        return {{u"directStoryReplyMessage"_s,
                 withReactions(
                     {{u"textReply"_s, QJsonObject{{u"text"_s, textObject(m.body, ranges)}}}})}};
    QJsonObject standard;
    if (!m.body.isEmpty())
        standard.insert(u"text"_s, textObject(m.body, ranges));
    if (m.quote.targetDateSent > 0) {
        QJsonObject quote{{u"targetSentTimestamp"_s, num(m.quote.targetDateSent)},
                          {u"authorId"_s, num(m.quote.authorId)},
                          {u"type"_s, u"NORMAL"_s}};
        if (!m.quote.body.isEmpty())
            quote.insert(u"text"_s, textObject(m.quote.body));
        standard.insert(u"quote"_s, quote);
    }
    QJsonArray attachments;
    for (int i = 0; i < m.attachments.size(); ++i) {
        const ScenarioAttachment &a = m.attachments[i];
        if (a.longText)
            continue;
        QJsonObject attachment{{u"pointer"_s, pointer(a.bytes, a.contentType, m.id, i, &a)},
                               {u"wasDownloaded"_s, true}};
        if (a.voiceNote)
            attachment.insert(u"flag"_s, u"VOICE_MESSAGE"_s);
        attachments.append(attachment);
    }
    if (!attachments.isEmpty())
        standard.insert(u"attachments"_s, attachments);
    QJsonArray previews;
    for (const ScenarioLinkPreview &p : m.previews) {
        QJsonObject preview{{u"url"_s, p.url}, {u"title"_s, p.title}};
        if (!p.description.isEmpty())
            preview.insert(u"description"_s, p.description);
        if (p.date > 0)
            preview.insert(u"date"_s, num(p.date));
        previews.append(preview);
    }
    if (!previews.isEmpty())
        standard.insert(u"linkPreview"_s, previews);
    if (!m.longText.isEmpty())
        standard.insert(u"longText"_s,
                        pointer(m.longText.toUtf8(), u"text/x-signal-plain"_s, m.id,
                                int(m.attachments.size()), nullptr));
    return {{u"standardMessage"_s, withReactions(standard)}};
}

QJsonObject PlaintextExportWriter::chatItem(const ScenarioMessage &m, bool revision,
                                            int revisionIndex)
{
    const ScenarioChat &chat = m_scenario->chats[m.chat];
    const qint64 dateSent = revision ? m.revisions[revisionIndex].dateSent : m.dateSent;
    const qint64 dateReceived = revision ? m.revisions[revisionIndex].dateReceived : m.dateReceived;
    QJsonObject item{{u"chatId"_s, num(chat.threadId)},
                     {u"authorId"_s, num(m.senderId)},
                     {u"dateSent"_s, num(dateSent)}};
    const QJsonObject update = revision ? QJsonObject{} : updateMessage(m);
    if (!update.isEmpty()) {
        item.insert(u"directionless"_s, QJsonObject{});
        item.insert(u"updateMessage"_s, update);
        return item;
    }
    if (m.outgoing) {
        QJsonArray statuses;
        for (qint64 recipient : m_scenario->participants(m.chat)) {
            if (recipient == m_scenario->selfId)
                continue;
            statuses.append(QJsonObject{{u"recipientId"_s, num(recipient)},
                                        {u"timestamp"_s, num(dateReceived)},
                                        {m.failed ? u"failed"_s : u"delivered"_s, QJsonObject{}}});
        }
        QJsonObject outgoing{{u"dateReceived"_s, num(dateReceived)}};
        if (!statuses.isEmpty())
            outgoing.insert(u"sendStatus"_s, statuses);
        item.insert(u"outgoing"_s, outgoing);
    } else {
        QJsonObject incoming{{u"dateReceived"_s, num(dateReceived)}, {u"read"_s, true}};
        if (m.dateServer > 0)
            incoming.insert(u"dateServerSent"_s, num(m.dateServer));
        item.insert(u"incoming"_s, incoming);
    }
    if (revision) {
        item.insert(u"standardMessage"_s,
                    QJsonObject{{u"text"_s, textObject(m.revisions[revisionIndex].body)}});
        return item;
    }
    const QJsonObject body = content(m);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        item.insert(it.key(), it.value());
    if (!m.revisions.isEmpty()) {
        QJsonArray revisions;
        for (int i = 0; i < m.revisions.size(); ++i)
            revisions.append(chatItem(m, true, i));
        item.insert(u"revisions"_s, revisions);
    }
    return item;
}

bool PlaintextExportWriter::write(const ScenarioMessage &m)
{
    // Like Signal's exporter: no disappearing messages, no stories or story replies in groups.
    if (m.expiresInMs > 0 && m.type != MessageType::TimerChange)
        return true;
    if (m.type == MessageType::Story || m.type == MessageType::GroupStoryReply
        || m.type == MessageType::StoryReaction
        || m_scenario->chats[m.chat].kind == ChatKind::StoryList)
        return true;
    const bool ok = line({{u"chatItem"_s, chatItem(m, false, 0)}});
    return ok && m_error.isEmpty();
}

bool PlaintextExportWriter::finish()
{
    if (!m_main->commit()) {
        m_error = m_main->fileName() + u": "_s + m_main->errorString();
        return false;
    }
    return true;
}

} // namespace idiolect::demogen
