// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlaintextModelBuilder: everything that needs all frames — members, self, files, warnings.
#include "PlaintextModelBuilder.h"

#include "ProtoJson.h"
#include "common/JobContext.h"
#include "common/Utf8.h"
#include "import/ImportWarnings.h"
#include "model/ExportFinalizer.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr qint64 kMaxLongTextBytes = 64 * 1024 * 1024;

} // namespace

void PlaintextModelBuilder::prepareRecipients()
{
    m_recipientsPrepared = true;
    // The user's own ACI is not in the export; it is the group member no contact has.
    if (m_selfId >= 0 && recipientById(m_selfId).aci.isEmpty()) {
        QHash<QByteArray, QSet<qint64>> unknown;
        for (const PendingMember &m : m_members) {
            if (!m_recipientByAci.contains(m.aci))
                unknown[m.aci].insert(m.group);
        }
        QByteArray best;
        qsizetype bestCount = 0;
        bool tie = false;
        for (auto it = unknown.constBegin(); it != unknown.constEnd(); ++it) {
            if (it->size() > bestCount) {
                best = it.key();
                bestCount = it->size();
                tie = false;
            } else if (it->size() == bestCount) {
                tie = true;
            }
        }
        if (bestCount > 0 && !tie) {
            m_recipientByAci.insert(best, m_selfId);
            recipientById(m_selfId).aci = protojson::uuidText(best);
        }
    }
    for (Recipient &r : m_export->recipients) {
        if (r.kind == RecipientKind::GroupV2)
            r.memberIds.clear();
    }
    for (const PendingMember &m : m_members) {
        const qint64 member = recipientForAci(m.aci, true);
        QList<qint64> &ids = recipientById(m.group).memberIds;
        if (!ids.contains(member))
            ids.append(member);
    }
    for (Recipient &r : m_export->recipients) {
        r.resolveDisplayName();
        if (r.kind == RecipientKind::ReleaseNotes)
            r.displayName = tr("Signal Release Notes");
        else if (r.kind == RecipientKind::GroupV2 && r.groupTitle.trimmed().isEmpty())
            r.displayName = tr("Unnamed group");
        else if (r.isSelf && r.displayName.startsWith(u'#'))
            r.displayName = tr("Me");
    }
}

Status PlaintextModelBuilder::decideSelf()
{
    ChatExport &ex = *m_export;
    SelfInfo &self = ex.self;
    if (m_options.selfOverride) {
        const qint64 id = *m_options.selfOverride;
        if (!m_recipientIndex.contains(id)) {
            Error e = Error::make(ErrorCode::UnknownSelf,
                                  tr("Recipient %1 is not in this export.").arg(id), m_fileName);
            e.hint = tr("Leave --self out: Signal's own export names the user.");
            return e;
        }
        self.id = id;
        self.method = SelfMethod::Override;
        self.detail = tr("Chosen by the user.");
    } else if (m_selfId >= 0) {
        self.id = m_selfId;
        self.method = SelfMethod::ExportMarker;
        self.detail = tr("The export marks its own recipient (\"self\").");
    } else if (m_outgoingAuthors.size() == 1) {
        self.id = m_outgoingAuthors.constBegin().key();
        self.method = SelfMethod::OutgoingSender;
        self.detail = tr("The export has no \"self\" recipient; the single author of outgoing "
                         "messages was used.");
    } else {
        self.detail = tr("The export has no \"self\" recipient and outgoing messages have "
                         "several authors.");
        self.candidates = m_outgoingAuthors.keys();
        std::sort(self.candidates.begin(), self.candidates.end());
        return {};
    }
    for (Recipient &r : ex.recipients)
        r.isSelf = r.id == self.id;
    if (self.method == SelfMethod::Override) {
        MessageStore &store = ex.messages;
        for (quint32 i = 0; i < store.size(); ++i) {
            if (store.isOutgoing(i))
                store.setSenderId(i, self.id);
        }
    }
    return {};
}

void PlaintextModelBuilder::resolveFiles(PlaintextMedia &media, JobContext &job)
{
    std::vector<PlaintextMedia::Wanted> wanted;
    wanted.reserve(m_files.size());
    for (const PendingFile &f : m_files)
        wanted.push_back(f.wanted);
    const std::vector<qsizetype> found = media.resolve(wanted, job);
    MessageStore &store = m_export->messages;
    for (size_t i = 0; i < m_files.size(); ++i) {
        const PendingFile &f = m_files[i];
        if (f.attachment >= 0) {
            Attachment &a = m_attachments[size_t(f.attachment)];
            if (found[i] < 0) {
                ++m_missingFiles;
                continue;
            }
            // Inside a ZIP only images are unpacked: the description enrichment needs them.
            if (!media.isZip() || a.isImage() || a.sticker)
                a.localPath = media.localPath(found[i]);
            continue;
        }
        bool resolved = false;
        std::vector<Mention> mentions = f.mentions;
        if (found[i] >= 0) {
            const auto bytes = media.read(found[i], kMaxLongTextBytes);
            if (bytes && !bytes->isEmpty() && utf8::isValid(*bytes)) {
                // The full text holds the same placeholders at the same places as the
                // truncated body: its ranges are placed again, also those beyond the cut.
                QJsonObject text = f.text;
                text.insert("body"_L1, QString::fromUtf8(*bytes));
                m_unresolvedMentions -= f.unresolvedMentions;
                mentions.clear();
                store.replaceBody(f.message, textWithMentions(text, &mentions));
                store.addFlags(f.message, LongTextResolved);
                if (store.kind(f.message) == MessageKind::MediaOnly)
                    store.setKind(f.message, MessageKind::Text);
                resolved = true;
            }
        }
        if (!resolved) {
            store.addFlags(f.message, LongTextTruncated);
            ++m_longTextMissing;
        }
        if (!mentions.empty())
            store.addFlags(f.message, HasMention);
        for (Mention m : mentions) {
            m.message = f.message;
            store.addMention(m);
        }
    }
    for (Attachment &a : m_attachments)
        store.addAttachment(std::move(a));
    m_attachments.clear();
    m_files.clear();
}

Expected<std::shared_ptr<ChatExport>> PlaintextModelBuilder::finish(PlaintextMedia &media,
                                                                    JobContext &job)
{
    ChatExport &ex = *m_export;
    if (!m_sawFirstLine) {
        Error e = Error::make(ErrorCode::InvalidJson, tr("main.jsonl is empty."), m_fileName);
        e.hint = tr("Export the chats again from Signal: Settings → Chats → Export chat history.");
        return e;
    }
    if (m_lateRecipients > 0 || !m_recipientsPrepared)
        prepareRecipients();
    if (const Status s = decideSelf(); !s)
        return s.error();
    if (job.isCanceled())
        return Error::canceled();
    resolveFiles(media, job);
    if (job.isCanceled())
        return Error::canceled();
    for (Thread &t : ex.threads) {
        if (t.recipientId == 0)
            t.title = tr("Unknown chat %1").arg(t.id);
    }
    ExportFinalizer::finalize(ex);
    reportWarnings();
    return m_export;
}

void PlaintextModelBuilder::reportWarnings()
{
    ChatExport &ex = *m_export;
    auto warn = [&](const QString &code, qint64 count, const QString &message, qint64 line = -1) {
        importwarnings::add(ex, code, count, message, m_fileName, line);
    };
    warn(u"invalid_lines"_s, m_invalidLines,
         tr("%n lines are not valid frames and were skipped (the first is line %1).", nullptr,
            int(m_invalidLines))
             .arg(m_firstInvalidLine),
         m_firstInvalidLine);
    warn(u"invalid_utf8_repaired"_s, m_repairedLines,
         tr("%n lines contained bytes that are not UTF-8; they were replaced with U+FFFD.", nullptr,
            int(m_repairedLines)));
    importwarnings::addLoneSurrogates(ex, m_loneSurrogates);
    warn(u"unknown_frames"_s, m_unknownFrames,
         tr("%n frames of a kind Idiolect does not know were ignored (the first is line %1).",
            nullptr, int(m_unknownFrames))
             .arg(m_firstUnknownFrame),
         m_firstUnknownFrame);
    const auto [fields, fieldNames] = importwarnings::summarize(m_unknownFields);
    warn(u"unknown_fields"_s, fields,
         tr("%n fields Idiolect does not know were ignored (%1).", nullptr, int(fields))
             .arg(fieldNames));
    warn(u"unknown_items"_s, m_unknownItems,
         tr("%n chat items of a kind Idiolect does not know were kept as system rows.", nullptr,
            int(m_unknownItems)));
    warn(u"missing_chat"_s, m_orphanItems,
         tr("%n messages belong to a chat the export does not list; they were kept in chats of "
            "their own (the first is line %1).",
            nullptr, int(m_orphanItems))
             .arg(m_firstOrphanLine),
         m_firstOrphanLine);
    warn(u"late_recipients"_s, m_lateRecipients,
         tr("%n recipients were listed after the first message; names were resolved again at "
            "the end.",
            nullptr, int(m_lateRecipients)));
    warn(u"unresolved_mentions"_s, m_unresolvedMentions,
         tr("%n mentions name nobody in the export; their placeholders were left in the text.",
            nullptr, int(m_unresolvedMentions)));
    warn(u"missing_attachment_files"_s, m_missingFiles,
         tr("%n attachments have no file in the export (media was not included, or the file was "
            "never downloaded).",
            nullptr, int(m_missingFiles)));
    warn(u"long_text_truncated"_s, m_longTextMissing,
         tr("%n long messages are only available in Signal's truncated form (the full text file "
            "is not in the export); they are context, never a reply of yours to learn.",
            nullptr, int(m_longTextMissing)));
    if (m_newerVersion > 0)
        warn(u"newer_version"_s, 1,
             tr("The export is backup version %1; Idiolect knows version 1. Unknown parts were "
                "ignored.")
                 .arg(m_newerVersion));
    if (m_noHeader)
        warn(u"no_header"_s, 1,
             tr("The first line is not a backup header; the file may have been cut or joined."), 1);
    if (!ex.self.isKnown())
        warn(u"no_self"_s, 1,
             tr("The export does not say who you are; choose yourself with --self ID."));
}

} // namespace idiolect
