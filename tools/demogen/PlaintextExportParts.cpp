// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlaintextExportWriter: file pointers (with their files under files/) and update messages.
#include "PlaintextExportWriter.h"

#include "PlaintextJson.h"
#include "Scenario.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

using namespace plaintextjson;

QJsonObject PlaintextExportWriter::pointer(const QByteArray &bytes, const QString &contentType,
                                           qint64 messageId, int index, const ScenarioAttachment *a)
{
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const QByteArray localKey = derivedBytes(
        "local" + QByteArray::number(messageId) + '/' + QByteArray::number(index), 64);
    QJsonObject locator{{u"key"_s, b64(derivedBytes("key" + hash, 64))},
                        {u"plaintextHash"_s, b64(hash)},
                        {u"size"_s, num(bytes.size())}};
    // Every other pointer states localKey; the rest must be found by content hash.
    if ((messageId + index) % 2 == 0)
        locator.insert(u"localKey"_s, b64(localKey));
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(hash + localKey), QCryptographicHash::Sha256).toHex());
    const QString relative = u"files/"_s + name.left(2) + u'/' + name + extensionFor(contentType);
    QDir().mkpath(QDir(m_dir).filePath(u"files/"_s + name.left(2)));
    QSaveFile file(QDir(m_dir).filePath(relative));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        m_error = file.fileName() + u": "_s + file.errorString();
    QJsonObject p{{u"contentType"_s, contentType}, {u"locatorInfo"_s, locator}};
    if (a) {
        if (!a->fileName.isEmpty())
            p.insert(u"fileName"_s, a->fileName);
        if (a->width > 0)
            p.insert(u"width"_s, a->width);
        if (a->height > 0)
            p.insert(u"height"_s, a->height);
        if (!a->caption.isEmpty())
            p.insert(u"caption"_s, a->caption);
    }
    return p;
}

QJsonObject PlaintextExportWriter::updateMessage(const ScenarioMessage &m) const
{
    switch (m.type) {
    case MessageType::Call: {
        if (m.call == CallKind::GroupCall)
            return {{u"groupCall"_s,
                     QJsonObject{{u"state"_s, u"GENERIC"_s},
                                 {u"startedCallTimestamp"_s, num(m.dateSent)}}}};
        const bool video = m.call == CallKind::IncomingVideo || m.call == CallKind::OutgoingVideo
            || m.call == CallKind::MissedVideo;
        const bool missed = m.call == CallKind::MissedAudio || m.call == CallKind::MissedVideo;
        return {{u"individualCall"_s,
                 QJsonObject{{u"type"_s, video ? u"VIDEO_CALL"_s : u"AUDIO_CALL"_s},
                             {u"direction"_s, m.outgoing ? u"OUTGOING"_s : u"INCOMING"_s},
                             {u"state"_s, missed ? u"MISSED"_s : u"ACCEPTED"_s},
                             {u"startedCallTimestamp"_s, num(m.dateSent)}}}};
    }
    case MessageType::GroupUpdate: {
        QJsonArray updates;
        const QString updater = aci(m.senderId);
        switch (m.groupChange) {
        case GroupChange::Created:
            updates.append(
                QJsonObject{{u"groupCreationUpdate"_s, QJsonObject{{u"updaterAci"_s, updater}}}});
            break;
        case GroupChange::MemberAdded:
            for (qint64 id : m.affected)
                updates.append(QJsonObject{
                    {u"groupMemberAddedUpdate"_s,
                     QJsonObject{{u"updaterAci"_s, updater}, {u"newMemberAci"_s, aci(id)}}}});
            break;
        case GroupChange::MemberLeft:
            for (qint64 id : m.affected)
                updates.append(
                    QJsonObject{{u"groupMemberLeftUpdate"_s, QJsonObject{{u"aci"_s, aci(id)}}}});
            break;
        case GroupChange::TitleChanged:
            updates.append(QJsonObject{
                {u"groupNameUpdate"_s,
                 QJsonObject{{u"updaterAci"_s, updater}, {u"newGroupName"_s, m.newText}}}});
            break;
        }
        return {{u"groupChange"_s, QJsonObject{{u"updates"_s, updates}}}};
    }
    case MessageType::ProfileChange:
        return {{u"profileChange"_s,
                 QJsonObject{{u"previousName"_s, m.oldText}, {u"newName"_s, m.newText}}}};
    case MessageType::TimerChange:
        return {{u"expirationTimerChange"_s,
                 m.expiresInMs > 0 ? QJsonObject{{u"expiresInMs"_s, num(m.expiresInMs)}}
                                   : QJsonObject{}}};
    case MessageType::SafetyNumberChange:
        return {{u"simpleUpdate"_s, QJsonObject{{u"type"_s, u"IDENTITY_UPDATE"_s}}}};
    case MessageType::Joined:
        return {{u"simpleUpdate"_s, QJsonObject{{u"type"_s, u"JOINED_SIGNAL"_s}}}};
    default: return {};
    }
}

} // namespace idiolect::demogen
