// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigexportModelBuilder.h"

#include "AttachmentContentType.h"
#include "common/Utf16.h"
#include "import/ImportWarnings.h"
#include "import/TextFacts.h"
#include "model/ExportFinalizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

const QString kMe = u"Me"_s;
const QString kNoSender = u"No-Sender"_s;

/** Names signal-export uses for the user: "Me" on messages, the owner's chat name on reactions. */
bool isSelfName(const QString &name)
{
    return name == kMe || name == u"NotetoSelf"_s || name == u"Note to Self"_s;
}

/** The body signal-export synthesizes for a call row ("Incoming voice call (accepted, 1m 2s)"). */
bool looksLikeCallBody(const QString &body)
{
    static const QRegularExpression pattern(
        u"^(?:Incoming|Outgoing|Missed) (?:(?:voice|video|audio|group) )?call(?: \\([^()]*\\))?$"_s);
    return pattern.match(body).hasMatch();
}

} // namespace

SigexportModelBuilder::SigexportModelBuilder(ImportOptions options)
    : m_options(std::move(options)), m_export(std::make_shared<ChatExport>())
{
    m_selfId = stableId(u"self", kMe);
    Recipient self;
    self.id = m_selfId;
    self.isSelf = true;
    self.displayName = tr("Me"); // the export does not carry the user's own name
    m_recipientIndex.insert(m_selfId, 0);
    m_export->recipients.push_back(std::move(self));
}

qint64 SigexportModelBuilder::stableId(QStringView kind, QStringView name)
{
    const QByteArray digest = QCryptographicHash::hash(
        (kind.toString() + QChar(0) + name.toString()).toUtf8(), QCryptographicHash::Sha256);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(digest[i]);
    // 52 bits: positive, never 0, and exact as a JSON number (reports and --self ID).
    return qint64(v & ((1ULL << 52) - 1)) + 1;
}

qint64 SigexportModelBuilder::recipientForName(const QString &name)
{
    if (isSelfName(name))
        return m_selfId;
    const qint64 id = stableId(u"name", name);
    if (m_recipientIndex.contains(id))
        return id;
    Recipient r;
    r.id = id;
    r.kind = RecipientKind::Individual;
    if (name == kNoSender) {
        r.kind = RecipientKind::Unknown;
        r.displayName = tr("Unknown sender");
    } else {
        // signal-export's name is the address-book name, else the profile name.
        r.systemJoined = name;
        r.resolveDisplayName();
    }
    m_recipientIndex.insert(id, qsizetype(m_export->recipients.size()));
    m_export->recipients.push_back(std::move(r));
    return id;
}

void SigexportModelBuilder::add(const SigexportConversation &c)
{
    m_invalidLines += c.invalidLines;
    if (m_firstInvalidLine < 0 && c.firstInvalidLine >= 0) {
        m_firstInvalidLine = c.firstInvalidLine;
        m_firstInvalidFile = c.file;
    }
    m_repaired += c.repairedLines;
    m_gaps += c.gapTimes;
    m_ambiguous += c.ambiguousTimes;
    for (auto it = c.unknownKeys.constBegin(); it != c.unknownKeys.constEnd(); ++it)
        m_unknownKeys[it.key()] += it.value();
    m_export->source.files.append(c.file);
    m_export->source.bytes += c.bytes;

    QSet<QString> others;
    for (const SigexportMessage &m : c.messages) {
        if (!isSelfName(m.sender) && m.sender != kNoSender && !m.sender.isEmpty())
            others.insert(m.sender);
    }
    const bool noteToSelf
        = others.isEmpty() && (c.folder == u"NotetoSelf"_s || c.folder == u"Note to Self"_s);
    const bool group = c.hasMeta || others.size() > 1;

    Thread t;
    t.id = stableId(u"thread", c.folder);
    t.title = c.folder;
    qint64 partner = 0;
    if (noteToSelf) {
        t.recipientId = m_selfId;
    } else if (group) {
        t.recipientId = stableId(u"group", c.folder);
        Recipient g;
        g.id = t.recipientId;
        g.kind = RecipientKind::GroupV2;
        g.groupTitle = c.hasMeta && !c.metaName.isEmpty() ? c.metaName : c.folder;
        g.groupId = u"__signal_export_group__"_s + c.folder;
        g.displayName = g.groupTitle;
        QStringList names = others.values();
        names.append(c.metaMembers);
        names.sort();
        g.memberIds.append(m_selfId);
        for (const QString &n : std::as_const(names)) {
            const qint64 id = recipientForName(n);
            if (!g.memberIds.contains(id))
                g.memberIds.append(id);
        }
        if (!m_recipientIndex.contains(g.id)) {
            m_recipientIndex.insert(g.id, qsizetype(m_export->recipients.size()));
            m_export->recipients.push_back(std::move(g));
        }
    } else {
        // 1:1: the one other sender, or (if only the user wrote) the folder's name.
        partner = recipientForName(others.isEmpty() ? c.folder : *others.cbegin());
        t.recipientId = partner;
    }
    const auto thread = qint32(m_export->threads.size());
    m_export->threads.push_back(std::move(t));

    QMultiHash<size_t, quint32> byBody;
    for (const SigexportMessage &m : c.messages)
        addMessage(c, m, thread, group, partner, byBody);
}

void SigexportModelBuilder::addMessage(const SigexportConversation &c, const SigexportMessage &m,
                                       qint32 thread, bool group, qint64 partner,
                                       QMultiHash<size_t, quint32> &byBody)
{
    MessageStore &store = m_export->messages;
    MessageRecord rec;
    rec.thread = thread;
    rec.dateSent = m.utc;
    const bool mine = isSelfName(m.sender);
    rec.direction = mine ? Direction::Outgoing : Direction::Incoming;
    if (mine)
        rec.senderId = m_selfId;
    else if (m.sender == kNoSender || m.sender.isEmpty())
        rec.senderId = group ? recipientForName(kNoSender) : partner;
    else
        rec.senderId = recipientForName(m.sender);
    if (!mine && (m.sender == kNoSender || m.sender.isEmpty()))
        ++m_unknownSenders;

    // Earlier versions first, so the thread order is oldest → newest.
    for (const SigexportEdit &e : m.edits) {
        MessageRecord r = rec;
        r.id = m_nextMessageId++;
        r.dateSent = e.utc;
        r.kind = MessageKind::EditRevision;
        store.append(r, e.body, {}, &m_loneSurrogates);
    }

    rec.id = m_nextMessageId++;
    const bool callByText = !m.call && m.attachments.empty() && !m.sticker && m.quote.isEmpty()
        && looksLikeCallBody(m.body);
    QString body = m.body;
    if (m.call || callByText) {
        rec.kind = MessageKind::Call;
        body.clear(); // synthesized by signal-export, not written by anyone
        m_callsByText += callByText ? 1 : 0;
    } else if (m.deleted) {
        rec.kind = MessageKind::Deleted;
        body.clear();
    } else {
        // A row with nothing at all is a status row (group or timer update) signal-export
        // kept without its text.
        rec.kind = textfacts::hasNonSpace(body)   ? MessageKind::Text
            : m.attachments.empty() && !m.sticker ? MessageKind::System
                                                  : MessageKind::MediaOnly;
        if (rec.kind == MessageKind::Text && textfacts::containsUrl(body))
            rec.flags |= HasUrl;
        if (body.contains(QChar(0xFFFC)))
            ++m_placeholders;
    }
    if (!m.edits.empty())
        rec.flags |= Edited;
    if (!m.quote.isEmpty()) {
        rec.flags |= HasQuote;
        // Compared with the bodies as the store holds them (lone surrogates already U+FFFD).
        QString key = utf16::withoutLoneSurrogates(m.quote);
        key.remove(u'`'); // the quoted message's body lost its backticks; the quote did not
        // Latest earlier message with exactly that text (hash first, then compare).
        for (auto it = byBody.constFind(qHash(key)); it != byBody.cend() && it.key() == qHash(key);
             ++it) {
            if (store.body(*it) == key) {
                rec.quoteId = store.dateSent(*it);
                rec.quoteAuthorId = store.senderId(*it);
                break;
            }
        }
    }
    const quint32 index = store.append(rec, body, m.quote, &m_loneSurrogates);
    if (rec.kind == MessageKind::Text)
        byBody.insert(qHash(store.body(index)), index); // newest first among equal hashes

    const QDir dir(c.directory);
    for (const SigexportAttachment &a : m.attachments) {
        Attachment att;
        att.message = index;
        att.fileName = a.name;
        const QString relative = QUrl::fromPercentEncoding(a.path.toUtf8());
        const QString name = relative.isEmpty() ? a.name : relative.section(u'/', -1);
        att.contentType = sigexport::attachmentContentType(name);
        if (!relative.isEmpty() && !relative.contains(u".."_s) && !c.directory.isEmpty()) {
            const QFileInfo file(dir.filePath(relative));
            if (file.isFile()) {
                att.localPath = file.absoluteFilePath();
                att.size = file.size();
            }
        }
        if (att.localPath.isEmpty() && !c.directory.isEmpty())
            ++m_missingFiles;
        store.addFlags(index, HasAttachment);
        if (att.isImage())
            store.addFlags(index, HasImage);
        store.addAttachment(std::move(att));
    }
    if (m.sticker) {
        Attachment att;
        att.message = index;
        att.sticker = true;
        att.caption = m.stickerEmoji;
        if (!m.stickerPath.isEmpty() && !c.directory.isEmpty()) {
            const QFileInfo file(QDir(c.directory).filePath(u"../"_s + m.stickerPath));
            if (file.isFile()) {
                att.localPath = file.absoluteFilePath();
                att.contentType = sigexport::attachmentContentType(file.fileName());
            }
        }
        store.addFlags(index, HasSticker);
        store.addAttachment(std::move(att));
    }
    for (const auto &[name, emoji] : m.reactions) {
        Reaction r;
        r.message = index;
        r.authorId = recipientForName(name);
        r.emoji = emoji;
        store.addReaction(std::move(r));
        ++m_export->reactionRows;
    }
}

Expected<std::shared_ptr<ChatExport>> SigexportModelBuilder::finish(const SourceInfo &source)
{
    ChatExport &ex = *m_export;
    const QStringList files = ex.source.files;
    const qint64 bytes = ex.source.bytes;
    ex.source = source;
    ex.source.files = files;
    ex.source.bytes = bytes;
    ex.source.schema = u"signal-export data.json (JSON Lines), dates in %1"_s.arg(
        QString::fromUtf8(m_options.localZone.id()));
    ex.self.id = m_selfId;
    ex.self.method = SelfMethod::ExportMarker;
    ex.self.detail = tr("signal-export writes \"Me\" as the sender of your messages.");
    if (m_options.selfOverride && *m_options.selfOverride != m_selfId) {
        const qint64 id = *m_options.selfOverride;
        if (!m_recipientIndex.contains(id)) {
            Error e = Error::make(ErrorCode::UnknownSelf,
                                  tr("Recipient %1 is not in this export.").arg(id), source.path);
            e.hint = tr("Leave --self out: signal-export names you \"Me\".");
            return e;
        }
        // The user knows better (e.g. a contact named "Me"): follow, and say so.
        for (Recipient &r : ex.recipients)
            r.isSelf = r.id == id;
        ex.self.id = id;
        ex.self.method = SelfMethod::Override;
        ex.self.detail = tr("Chosen by the user.");
    }
    ExportFinalizer::finalize(ex);

    auto warn
        = [&](const QString &code, qint64 count, const QString &message, const QString &file = {},
              qint64 line = -1) { importwarnings::add(ex, code, count, message, file, line); };
    warn(u"invalid_lines"_s, m_invalidLines,
         tr("%n lines are not valid messages and were skipped (the first is line %1 of %2).",
            nullptr, int(m_invalidLines))
             .arg(m_firstInvalidLine)
             .arg(m_firstInvalidFile),
         m_firstInvalidFile, m_firstInvalidLine);
    warn(u"invalid_utf8_repaired"_s, m_repaired,
         tr("%n lines contained bytes that are not UTF-8; they were replaced with U+FFFD.", nullptr,
            int(m_repaired)));
    importwarnings::addLoneSurrogates(ex, m_loneSurrogates);
    warn(u"dst_gap_times"_s, m_gaps,
         tr("%n messages have a local time that does not exist in %1 (clocks went forward); "
            "they were read as the hour after.",
            nullptr, int(m_gaps))
             .arg(QString::fromUtf8(m_options.localZone.id())));
    warn(u"dst_ambiguous_times"_s, m_ambiguous,
         tr("%n messages fall in the repeated hour when clocks went back; their order in the "
            "chat decided which of the two times applies.",
            nullptr, int(m_ambiguous)));
    const auto [fields, fieldNames] = importwarnings::summarize(m_unknownKeys);
    warn(u"unknown_fields"_s, fields,
         tr("%n fields Idiolect does not know were ignored (%1).", nullptr, int(fields))
             .arg(fieldNames));
    warn(u"call_rows_by_text"_s, m_callsByText,
         tr("%n rows were recognised as calls by the text signal-export writes for them.", nullptr,
            int(m_callsByText)));
    warn(u"missing_attachment_files"_s, m_missingFiles,
         tr("%n attachments have no file in media/ (not copied, or the export ran with "
            "--no-attachments).",
            nullptr, int(m_missingFiles)));
    warn(u"unresolved_mentions"_s, m_placeholders,
         tr("%n messages contain mention placeholders; signal-export does not say whom they "
            "name.",
            nullptr, int(m_placeholders)));
    warn(u"unknown_senders"_s, m_unknownSenders,
         tr("%n messages have no sender (\"No-Sender\").", nullptr, int(m_unknownSenders)));
    return m_export;
}

} // namespace idiolect
