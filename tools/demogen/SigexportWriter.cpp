// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigexportWriter.h"

#include "Scenario.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

/** Python's datetime.isoformat(): no fraction when it is zero, else microseconds. */
QString isoformat(const QDateTime &t)
{
    QString s = t.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
    const int ms = t.time().msec();
    if (ms != 0)
        s += u'.' + QString::number(ms * 1000).rightJustified(6, u'0');
    return s;
}

} // namespace

SigexportWriter::SigexportWriter(QString dir, QTimeZone zone)
    : m_dir(std::move(dir)), m_zone(std::move(zone))
{ }

SigexportWriter::~SigexportWriter() = default;

QString SigexportWriter::folderName(const QString &displayName)
{
    QString out;
    for (QChar c : displayName) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out.isEmpty() ? u"unnamed"_s : out;
}

QString SigexportWriter::nameOf(qint64 recipientId) const
{
    return recipientId == m_scenario->selfId ? u"NotetoSelf"_s : m_names.value(recipientId);
}

QString SigexportWriter::localIso(qint64 ms) const
{
    return isoformat(QDateTime::fromMSecsSinceEpoch(ms, m_zone));
}

bool SigexportWriter::begin(const Scenario &scenario)
{
    m_scenario = &scenario;
    // signal-export names a contact by its address-book name, else its profile name, and keeps
    // letters and digits; clashes get 2, 3, … in a stable order.
    QSet<QString> used{u"NotetoSelf"_s};
    const auto assign = [&](qint64 id, const QString &displayName) {
        const QString base = folderName(displayName);
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = base + QString::number(n);
        used.insert(name);
        m_names.insert(id, name);
    };
    for (const ScenarioPerson &p : scenario.people) {
        if (!p.isSelf)
            assign(p.id, p.systemJoined().isEmpty() ? p.profileJoined() : p.systemJoined());
    }
    for (const ScenarioGroup &g : scenario.groups)
        assign(g.recipientId, g.title);
    for (const ScenarioChat &chat : scenario.chats) {
        QString folder;
        if (chat.kind == ChatKind::NoteToSelf)
            folder = u"NotetoSelf"_s;
        else if (chat.kind != ChatKind::StoryList)
            folder = m_names.value(chat.recipientId);
        m_folders.append(folder);
        if (folder.isEmpty()) {
            m_files.push_back(nullptr);
            continue;
        }
        const QDir dir(QDir(m_dir).filePath(folder));
        if (!QDir().mkpath(dir.filePath(u"media"_s))) {
            m_error = u"cannot create "_s + dir.path();
            return false;
        }
        auto file = std::make_unique<QSaveFile>(dir.filePath(u"data.json"_s));
        if (!file->open(QIODevice::WriteOnly)) {
            m_error = file->fileName() + u": "_s + file->errorString();
            return false;
        }
        m_files.push_back(std::move(file));
    }
    return true;
}

QString SigexportWriter::callText(const ScenarioMessage &m) const
{
    switch (m.call) {
    case CallKind::IncomingAudio:
    case CallKind::IncomingVideo: {
        const QString kind = m.call == CallKind::IncomingVideo ? u"video"_s : u"voice"_s;
        const int s = m.callSeconds;
        const QString duration = s >= 60 ? u"%1m %2s"_s.arg(s / 60).arg(s % 60) : u"%1s"_s.arg(s);
        return s > 0 ? u"Incoming %1 call (accepted, %2)"_s.arg(kind, duration)
                     : u"Incoming %1 call (accepted)"_s.arg(kind);
    }
    case CallKind::OutgoingAudio: return u"Outgoing voice call (accepted)"_s;
    case CallKind::OutgoingVideo: return u"Outgoing video call (accepted)"_s;
    case CallKind::MissedAudio: return u"Missed voice call"_s;
    case CallKind::MissedVideo: return u"Missed video call"_s;
    case CallKind::GroupCall: return u"Incoming call"_s;
    }
    return u"Incoming call"_s;
}

bool SigexportWriter::write(const ScenarioMessage &m)
{
    QSaveFile *file = m_files[size_t(m.chat)].get();
    if (!file)
        return true;
    // What signal-export leaves out: disappearing messages (without --include-disappearing),
    // key changes, profile changes, and stories. Desktop has no "joined" rows.
    if ((m.expiresInMs > 0 && m.type != MessageType::TimerChange)
        || m.type == MessageType::SafetyNumberChange || m.type == MessageType::ProfileChange
        || m.type == MessageType::Joined || m.type == MessageType::Story
        || m.type == MessageType::GroupStoryReply || m.type == MessageType::StoryReaction)
        return true;

    const ScenarioChat &chat = m_scenario->chats[m.chat];
    const qint64 when = m.dateServer > 0 ? std::min(m.dateSent, m.dateServer) : m.dateSent;
    QJsonObject o;
    o.insert(u"date"_s, localIso(when));
    QString sender = u"No-Sender"_s;
    if (m.outgoing)
        sender = u"Me"_s;
    else if (chat.kind == ChatKind::Group)
        sender = nameOf(m.senderId);
    else
        sender = m_names.value(chat.recipientId);
    QString body;
    if (m.type == MessageType::Call)
        body = callText(m);
    else if (m.type == MessageType::Text && !m.remoteDeleted)
        body = m.body;
    body.remove(u'`'); // stop Markdown code spans forming
    o.insert(u"sender"_s, sender);
    o.insert(u"body"_s, QString(body + u"  "_s));
    QString quote;
    if (m.quote.targetDateSent > 0 && !m.quote.body.isEmpty()) {
        QString q = m.quote.body;
        while (q.endsWith(u'\n'))
            q.chop(1);
        quote = u"\n\n> "_s + q.replace(u"\n"_s, u"\n> "_s) + u"\n\n"_s;
    }
    o.insert(u"quote"_s, quote);
    QJsonValue sticker = QJsonValue::Null;
    QJsonArray attachments;
    const QString stamp = localIso(when).left(23).replace(u':', u'-');
    for (int i = 0; i < m.attachments.size() && !m.remoteDeleted && !m.viewOnce; ++i) {
        const ScenarioAttachment &a = m.attachments[i];
        if (a.sticker) {
            sticker = a.stickerEmoji;
            continue;
        }
        if (a.longText)
            continue; // Desktop keeps the full body in the message itself
        QString fileName = a.fileName.isEmpty() ? u"None"_s : a.fileName;
        if (!fileName.contains(u'.'))
            fileName += u'.' + a.contentType.section(u'/', -1);
        QString name
            = u"%1_%2_%3"_s.arg(stamp, QString::number(i).rightJustified(2, u'0'), fileName);
        name.replace(u' ', u'_')
            .replace(u'/', u'-')
            .remove(u',')
            .replace(u':', u'-')
            .replace(u'|', u'-');
        QSaveFile media(QFileInfo(file->fileName()).absolutePath() + u"/media/"_s + name);
        if (!media.open(QIODevice::WriteOnly) || media.write(a.bytes) != a.bytes.size()
            || !media.commit()) {
            m_error = media.fileName() + u": "_s + media.errorString();
            return false;
        }
        QString path = u"media/"_s + name;
        path.replace(QRegularExpression(u"\\s"_s), u"%20"_s);
        attachments.append(QJsonObject{{u"name"_s, name}, {u"path"_s, path}});
    }
    if (!m.longText.isEmpty() && m.type == MessageType::Text && !m.remoteDeleted)
        o.insert(u"body"_s, QString(QString(m.longText).remove(u'`') + u"  "_s));
    o.insert(u"sticker"_s, sticker);
    QJsonArray reactions;
    for (const ScenarioReaction &r : m.reactions)
        reactions.append(QJsonArray{nameOf(r.authorId), r.emoji});
    o.insert(u"reactions"_s, reactions);
    o.insert(u"attachments"_s, attachments);
    if (m.remoteDeleted)
        o.insert(u"deleted"_s, true);
    if (!m.revisions.isEmpty()) {
        QJsonArray edits;
        for (const ScenarioRevision &r : m.revisions)
            edits.append(QJsonObject{{u"date"_s, localIso(r.dateSent)},
                                     {u"body"_s, QString(QString(r.body).remove(u'`') + u"  "_s)}});
        o.insert(u"edits"_s, edits);
    }
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (file->write(line) != line.size()) {
        m_error = file->fileName() + u": "_s + file->errorString();
        return false;
    }
    return true;
}

bool SigexportWriter::finish()
{
    for (auto &file : m_files) {
        if (file && !file->commit()) {
            m_error = file->fileName() + u": "_s + file->errorString();
            return false;
        }
    }
    return true;
}

} // namespace idiolect::demogen
