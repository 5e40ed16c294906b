// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Field-by-field comparison of two imported models through their public API, so a field the
// snapshot forgets shows up as a named difference.
#pragma once

#include "model/ChatExport.h"

#include <QString>

namespace idiolect::testing {

/** Empty if @p a and @p b hold the same model; otherwise names the first difference. */
inline QString exportDifference(const ChatExport &a, const ChatExport &b)
{
    const auto at = [](const char *what, qint64 i) {
        return QString::fromLatin1(what) + u'[' + QString::number(i) + u']';
    };
    if (a.source.format != b.source.format || a.source.path != b.source.path
        || a.source.schema != b.source.schema
        || a.source.databaseVersion != b.source.databaseVersion || a.source.files != b.source.files
        || a.source.bytes != b.source.bytes)
        return QStringLiteral("source");
    if (a.self.id != b.self.id || a.self.method != b.self.method
        || a.self.candidates != b.self.candidates || a.self.detail != b.self.detail)
        return QStringLiteral("self");
    if (a.recipients.size() != b.recipients.size())
        return QStringLiteral("recipient count");
    for (size_t i = 0; i < a.recipients.size(); ++i) {
        const Recipient &x = a.recipients[i];
        const Recipient &y = b.recipients[i];
        if (x.id != y.id || x.kind != y.kind || x.displayName != y.displayName
            || x.nicknameJoined != y.nicknameJoined || x.nicknameGiven != y.nicknameGiven
            || x.nicknameFamily != y.nicknameFamily || x.systemJoined != y.systemJoined
            || x.systemGiven != y.systemGiven || x.systemFamily != y.systemFamily
            || x.systemNickname != y.systemNickname || x.profileJoined != y.profileJoined
            || x.profileGiven != y.profileGiven || x.profileFamily != y.profileFamily
            || x.username != y.username || x.e164 != y.e164 || x.email != y.email || x.aci != y.aci
            || x.groupId != y.groupId || x.groupTitle != y.groupTitle || x.blocked != y.blocked
            || x.isSelf != y.isSelf || x.memberIds != y.memberIds)
            return at("recipient", qint64(i));
        if (b.recipient(x.id) != &y)
            return at("recipient index", qint64(i));
    }
    if (a.threads.size() != b.threads.size())
        return QStringLiteral("thread count");
    for (size_t i = 0; i < a.threads.size(); ++i) {
        const Thread &x = a.threads[i];
        const Thread &y = b.threads[i];
        if (x.id != y.id || x.recipientId != y.recipientId || x.isGroup != y.isGroup
            || x.isNoteToSelf != y.isNoteToSelf || x.blocked != y.blocked || x.title != y.title
            || x.memberIds != y.memberIds || x.messages != y.messages
            || x.textMessages != y.textMessages || x.outgoingTextMessages != y.outgoingTextMessages
            || x.firstDateSent != y.firstDateSent || x.lastDateSent != y.lastDateSent)
            return at("thread", qint64(i));
        if (b.threadIndexById(x.id) != int(i))
            return at("thread index", qint64(i));
    }
    const MessageStore &m = a.messages;
    const MessageStore &n = b.messages;
    if (m.size() != n.size())
        return QStringLiteral("message count");
    for (quint32 i = 0; i < m.size(); ++i) {
        if (m.id(i) != n.id(i) || m.dateSent(i) != n.dateSent(i)
            || m.dateReceived(i) != n.dateReceived(i) || m.thread(i) != n.thread(i)
            || m.senderId(i) != n.senderId(i) || m.kind(i) != n.kind(i)
            || m.direction(i) != n.direction(i) || m.flags(i) != n.flags(i)
            || m.quoteId(i) != n.quoteId(i) || m.quoteAuthorId(i) != n.quoteAuthorId(i)
            || m.body(i) != n.body(i) || m.quoteBody(i) != n.quoteBody(i))
            return at("message", i);
    }
    const auto &aa = m.allAttachments();
    const auto &ba = n.allAttachments();
    if (aa.size() != ba.size())
        return QStringLiteral("attachment count");
    for (size_t i = 0; i < aa.size(); ++i) {
        const Attachment &x = aa[i];
        const Attachment &y = ba[i];
        if (x.message != y.message || x.id != y.id || x.uniqueId != y.uniqueId
            || x.contentType != y.contentType || x.fileName != y.fileName
            || x.localPath != y.localPath || x.caption != y.caption
            || x.plaintextHash != y.plaintextHash || x.size != y.size || x.width != y.width
            || x.height != y.height || x.voiceNote != y.voiceNote || x.sticker != y.sticker)
            return at("attachment", qint64(i));
    }
    const auto &ar = m.allReactions();
    const auto &br = n.allReactions();
    if (ar.size() != br.size())
        return QStringLiteral("reaction count");
    for (size_t i = 0; i < ar.size(); ++i) {
        if (ar[i].message != br[i].message || ar[i].authorId != br[i].authorId
            || ar[i].emoji != br[i].emoji || ar[i].dateSent != br[i].dateSent)
            return at("reaction", qint64(i));
    }
    const auto &ap = m.allLinkPreviews();
    const auto &bp = n.allLinkPreviews();
    if (ap.size() != bp.size())
        return QStringLiteral("link preview count");
    for (size_t i = 0; i < ap.size(); ++i) {
        if (ap[i].message != bp[i].message || ap[i].url != bp[i].url || ap[i].title != bp[i].title
            || ap[i].description != bp[i].description || ap[i].date != bp[i].date)
            return at("link preview", qint64(i));
    }
    const auto &am = m.allMentions();
    const auto &bm = n.allMentions();
    if (am.size() != bm.size())
        return QStringLiteral("mention count");
    for (size_t i = 0; i < am.size(); ++i) {
        if (am[i].message != bm[i].message || am[i].recipientId != bm[i].recipientId
            || am[i].start != bm[i].start || am[i].length != bm[i].length)
            return at("mention", qint64(i));
    }
    if (a.counts.values != b.counts.values || a.reactionRows != b.reactionRows)
        return QStringLiteral("counts");
    if (a.warnings.size() != b.warnings.size())
        return QStringLiteral("warning count");
    for (qsizetype i = 0; i < a.warnings.size(); ++i) {
        const ImportWarning &x = a.warnings[i];
        const ImportWarning &y = b.warnings[i];
        if (x.code != y.code || x.message != y.message || x.file != y.file || x.line != y.line
            || x.count != y.count)
            return at("warning", i);
    }
    return {};
}

} // namespace idiolect::testing
