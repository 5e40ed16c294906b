// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: a ChatExport as stable text, for golden files and cross-format comparisons.
#pragma once

#include "model/ChatExport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTest>

namespace idiolect::testing {

inline QString quoted(QStringView text)
{
    QString out = text.toString();
    out.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("\n"), QStringLiteral("\\n"))
        .replace(QStringLiteral("\""), QStringLiteral("\\\""));
    return u'"' + out + u'"';
}

inline QString flagNames(quint32 flags)
{
    static const char *const names[]
        = {"attachment",     "image",         "voice",       "sticker", "view_once", "edited",
           "long_truncated", "long_resolved", "quote",       "mention", "preview",   "expiring",
           "story_reply",    "sms",           "send_failed", "url",     "repaired"};
    QStringList out;
    for (int bit = 0; bit < int(std::size(names)); ++bit) {
        if (flags & (1u << bit))
            out.append(QString::fromLatin1(names[bit]));
    }
    return out.join(u',');
}

inline QString directionName(Direction d)
{
    switch (d) {
    case Direction::Incoming: return QStringLiteral("in");
    case Direction::Outgoing: return QStringLiteral("out");
    case Direction::None: return QStringLiteral("none");
    }
    return {};
}

struct DumpOptions
{
    bool recipients = true;
    bool ids = true; ///< Message ids (synthesized ids differ between formats).
    bool files = true; ///< Attachment file names on disk.
    bool warnings = true;
    bool hashText = false; ///< Bodies and quotes as length + SHA-1 prefix (compact goldens).
};

/** The text itself, or "#<utf16 length>:<first 12 hex digits of SHA-1>" when hashing. */
inline QString textOrDigest(QStringView text, bool hash)
{
    if (!hash)
        return quoted(text);
    const QByteArray sha
        = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("#%1:%2").arg(text.size()).arg(QString::fromLatin1(sha));
}

/** One line per recipient, thread, message and side-table row, in thread order. */
inline QString dumpExport(const ChatExport &ex, const DumpOptions &o = {})
{
    QStringList out;
    out.append(QStringLiteral("format %1 self %2 %3")
                   .arg(exportFormatName(ex.source.format))
                   .arg(ex.self.id)
                   .arg(selfMethodName(ex.self.method)));
    if (o.recipients) {
        for (const Recipient &r : ex.recipients) {
            QStringList members;
            for (qint64 m : r.memberIds)
                members.append(QString::number(m));
            out.append(QStringLiteral("recipient %1 kind=%2 self=%3 blocked=%4 name=%5 aci=%6 "
                                      "e164=%7 members=%8")
                           .arg(r.id)
                           .arg(int(r.kind))
                           .arg(int(r.isSelf))
                           .arg(int(r.blocked))
                           .arg(quoted(r.displayName), r.aci, r.e164, members.join(u',')));
        }
    }
    const MessageStore &s = ex.messages;
    for (const Thread &t : ex.threads) {
        out.append(QStringLiteral("thread %1 recipient=%2 group=%3 note_to_self=%4 title=%5 "
                                  "text=%6/%7")
                       .arg(o.ids ? t.id : 0)
                       .arg(o.ids ? t.recipientId : 0)
                       .arg(int(t.isGroup))
                       .arg(int(t.isNoteToSelf))
                       .arg(quoted(t.title))
                       .arg(t.textMessages)
                       .arg(t.outgoingTextMessages));
        for (quint32 m : t.messages) {
            QString line = QStringLiteral("  %1 sender=%2 %3 %4 [%5] %6")
                               .arg(s.dateSent(m))
                               .arg(o.ids ? s.senderId(m) : (s.isOutgoing(m) ? 1 : 0))
                               .arg(messageKindName(s.kind(m)), directionName(s.direction(m)),
                                    flagNames(s.flags(m)), textOrDigest(s.body(m), o.hashText));
            if (o.ids)
                line.prepend(QStringLiteral("  #%1").arg(s.id(m)));
            if (s.hasFlag(m, HasQuote))
                line += QStringLiteral(" quote=%1/%2 %3")
                            .arg(s.quoteId(m))
                            .arg(o.ids ? s.quoteAuthorId(m) : 0)
                            .arg(textOrDigest(s.quoteBody(m), o.hashText));
            out.append(line);
            for (const Attachment &a : s.attachments(m)) {
                out.append(QStringLiteral("      attachment %1 name=%2 size=%3 %4x%5 voice=%6 "
                                          "sticker=%7 caption=%8 file=%9")
                               .arg(a.contentType, quoted(a.fileName))
                               .arg(a.size)
                               .arg(a.width)
                               .arg(a.height)
                               .arg(int(a.voiceNote))
                               .arg(int(a.sticker))
                               .arg(quoted(a.caption),
                                    !o.files || a.localPath.isEmpty()
                                        ? QStringLiteral("-")
                                        : QFileInfo(a.localPath).fileName()));
            }
            for (const Reaction &r : s.reactions(m))
                out.append(QStringLiteral("      reaction %1 %2 %3")
                               .arg(o.ids ? r.authorId : 0)
                               .arg(r.emoji)
                               .arg(r.dateSent));
            for (const LinkPreview &p : s.linkPreviews(m))
                out.append(QStringLiteral("      preview %1 %2 %3")
                               .arg(p.url, quoted(p.title), quoted(p.description)));
            for (const Mention &mention : s.mentions(m))
                out.append(QStringLiteral("      mention %1 %2+%3")
                               .arg(o.ids ? mention.recipientId : 0)
                               .arg(mention.start)
                               .arg(mention.length));
        }
    }
    if (o.warnings) {
        for (const ImportWarning &w : ex.warnings)
            out.append(
                QStringLiteral("warning %1 count=%2 line=%3").arg(w.code).arg(w.count).arg(w.line));
    }
    return out.join(u'\n') + u'\n';
}

/**
 * Compares @p actual with the golden file; IDIOLECT_UPDATE_GOLDEN=1 rewrites it instead.
 * On a mismatch the first differing line is reported.
 */
inline bool matchesGolden(const QString &actual, const QString &goldenPath, QString *difference)
{
    if (qEnvironmentVariableIntValue("IDIOLECT_UPDATE_GOLDEN") == 1) {
        QFile f(goldenPath);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(actual.toUtf8());
        return true;
    }
    QFile f(goldenPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *difference = QStringLiteral("missing golden file %1").arg(goldenPath);
        return false;
    }
    const QStringList expected = QString::fromUtf8(f.readAll()).split(u'\n');
    const QStringList got = actual.split(u'\n');
    for (qsizetype i = 0; i < std::max(expected.size(), got.size()); ++i) {
        const QString e = expected.value(i), g = got.value(i);
        if (e != g) {
            *difference
                = QStringLiteral("line %1\nexpected: %2\n     got: %3").arg(i + 1).arg(e, g);
            return false;
        }
    }
    return true;
}

} // namespace idiolect::testing
