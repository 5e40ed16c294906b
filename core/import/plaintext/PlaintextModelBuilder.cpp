// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlaintextModelBuilder: lines, frames, recipients and chats.
#include "PlaintextModelBuilder.h"

#include "ProtoJson.h"
#include "import/JsonLinesReader.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace pj = protojson;

namespace {

constexpr QLatin1StringView kFrameKeys[] = {
    "account"_L1,     "recipient"_L1, "chat"_L1,       "chatItem"_L1,
    "stickerPack"_L1, "adHocCall"_L1, "chatFolder"_L1, "notificationProfile"_L1,
};

bool isFrameKey(const QString &key)
{
    for (QLatin1StringView k : kFrameKeys) {
        if (key == k)
            return true;
    }
    return false;
}

} // namespace

PlaintextModelBuilder::PlaintextModelBuilder(ImportOptions options, QString fileName)
    : m_options(std::move(options)),
      m_fileName(std::move(fileName)),
      m_export(std::make_shared<ChatExport>())
{
    m_export->source.format = ExportFormat::SignalPlaintext;
}

PlaintextModelBuilder::~PlaintextModelBuilder() = default;

void PlaintextModelBuilder::setSource(const SourceInfo &source)
{
    const QString schema = m_export->source.schema;
    m_export->source = source;
    if (!schema.isEmpty())
        m_export->source.schema = schema;
}

Status PlaintextModelBuilder::invalid(ErrorCode code, const QString &message, qint64 line,
                                      qint64 column)
{
    if (m_options.lenient) {
        ++m_invalidLines;
        if (m_firstInvalidLine < 0)
            m_firstInvalidLine = line;
        return {};
    }
    Error e = Error::make(code, message, m_fileName);
    e.line = line;
    e.column = column;
    e.hint = tr("The export may be damaged or cut off. Import with invalid lines skipped "
                "(--lenient) to use the rest.");
    return e;
}

Status PlaintextModelBuilder::addOverlongLine(qint64 lineNumber)
{
    return invalid(ErrorCode::InvalidJson, tr("The line is too long to be a Signal frame."),
                   lineNumber, 1);
}

Status PlaintextModelBuilder::addLine(QByteArrayView line, qint64 lineNumber)
{
    QByteArrayView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(trimmed.data(), trimmed.size()), &parseError);
    const qint64 lead = qint64(trimmed.data() - line.data());
    if (parseError.error == QJsonParseError::IllegalUTF8String) {
        if (!m_options.lenient) {
            Error e = Error::make(ErrorCode::InvalidUtf8, tr("The line is not valid UTF-8."),
                                  m_fileName);
            e.line = lineNumber;
            e.column = lead + parseError.offset + 1;
            e.hint = tr("Import with invalid bytes replaced (--lenient) to use the rest.");
            return e;
        }
        // Replace the invalid bytes with U+FFFD and parse again.
        const QByteArray repaired = QString::fromUtf8(trimmed).toUtf8();
        doc = QJsonDocument::fromJson(repaired, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            ++m_repairedLines;
    }
    if (parseError.error != QJsonParseError::NoError)
        return invalid(ErrorCode::InvalidJson,
                       tr("The line is not valid JSON: %1.").arg(parseError.errorString()),
                       lineNumber, lead + parseError.offset + 1);
    if (!doc.isObject())
        return invalid(ErrorCode::InvalidJson, tr("The line is not a JSON object."), lineNumber,
                       lead + 1);
    return dispatch(doc.object(), line, lineNumber);
}

Status PlaintextModelBuilder::dispatch(const QJsonObject &frame, QByteArrayView raw, qint64 line)
{
    // pbjson writes exactly one key; the older reflective writer writes every member with
    // nulls for the unset ones. Take the first member that is set.
    QString key;
    QJsonObject value;
    bool unknownSet = false;
    for (auto it = frame.constBegin(); it != frame.constEnd(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        if (isFrameKey(it.key())) {
            if (!it.value().isObject())
                return invalid(
                    ErrorCode::InvalidValue, tr("The \"%1\" frame is not an object.").arg(it.key()),
                    line,
                    JsonLinesReader::columnOfKey(raw, QLatin1StringView(it.key().toLatin1())));
            key = it.key();
            value = it.value().toObject();
            break;
        }
        unknownSet = true;
    }

    const bool first = !m_sawFirstLine;
    m_sawFirstLine = true;
    if (key.isEmpty()) {
        if (first && (frame.contains("version"_L1) || frame.contains("backupTimeMs"_L1)))
            return readHeader(frame, raw, line);
        ++m_unknownFrames;
        if (m_firstUnknownFrame < 0)
            m_firstUnknownFrame = line;
        Q_UNUSED(unknownSet);
        return {};
    }
    if (first)
        m_noHeader = true;
    if (key == "chatItem"_L1)
        return readChatItem(value, raw, line);
    if (key == "recipient"_L1)
        return readRecipient(value, raw, line);
    if (key == "chat"_L1)
        return readChat(value, raw, line);
    if (key == "account"_L1) {
        readAccount(value);
        return {};
    }
    ++m_ignoredFrames; // sticker packs, call links, folders, notification profiles
    return {};
}

Status PlaintextModelBuilder::readHeader(const QJsonObject &header, QByteArrayView raw, qint64 line)
{
    quint64 version = 0;
    if (!pj::unsigned64(header, "version"_L1, &version))
        return invalid(ErrorCode::InvalidValue, tr("The backup version is not a number."), line,
                       JsonLinesReader::columnOfKey(raw, "version"_L1));
    if (version > 1)
        m_newerVersion = qint64(version);
    QString schema = u"Backup.proto JSON, version %1"_s.arg(version);
    const QString app = pj::string(header, "currentAppVersion"_L1);
    if (!app.isEmpty())
        schema += u" ("_s + app + u')';
    m_export->source.schema = schema;
    return {};
}

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

Status PlaintextModelBuilder::readChat(const QJsonObject &chat, QByteArrayView raw, qint64 line)
{
    qint64 id = 0;
    qint64 recipient = 0;
    if (!pj::id64(chat, "id"_L1, &id) || id <= 0)
        return invalid(ErrorCode::InvalidValue, tr("The chat id is not a positive number."), line,
                       JsonLinesReader::columnOfKey(raw, "id"_L1));
    if (!pj::id64(chat, "recipientId"_L1, &recipient) || recipient <= 0)
        return invalid(ErrorCode::InvalidValue,
                       tr("The chat's recipient id is not a positive number."), line,
                       JsonLinesReader::columnOfKey(raw, "recipientId"_L1));
    if (m_threadByChat.contains(id)) {
        Thread &t = m_export->threads[size_t(m_threadByChat.value(id))];
        if (t.recipientId == 0)
            t.recipientId = recipient;
        return {};
    }
    Thread t;
    t.id = id;
    t.recipientId = recipient;
    m_threadByChat.insert(id, qint32(m_export->threads.size()));
    m_export->threads.push_back(std::move(t));
    return {};
}

qint32 PlaintextModelBuilder::threadFor(qint64 chatId, qint64 line)
{
    const auto it = m_threadByChat.constFind(chatId);
    if (it != m_threadByChat.constEnd())
        return *it;
    // The chat frame is missing (the exporter drops frames it cannot render): keep the
    // messages in a thread of their own rather than losing them.
    ++m_orphanItems;
    if (m_firstOrphanLine < 0)
        m_firstOrphanLine = line;
    Thread t;
    t.id = chatId;
    const auto index = qint32(m_export->threads.size());
    m_threadByChat.insert(chatId, index);
    m_export->threads.push_back(std::move(t));
    return index;
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

void PlaintextModelBuilder::countUnknownKeys(const QJsonObject &o,
                                             std::initializer_list<QLatin1StringView> known,
                                             QLatin1StringView where)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool isKnown = false;
        for (QLatin1StringView k : known) {
            if (it.key() == k) {
                isKnown = true;
                break;
            }
        }
        if (!isKnown)
            ++m_unknownFields[QString(where) + u'.' + it.key()];
    }
}

} // namespace idiolect
