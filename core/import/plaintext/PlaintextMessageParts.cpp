// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PlaintextModelBuilder: the parts of a message — reactions, attachments, link previews, long text.
#include "PlaintextModelBuilder.h"

#include "ProtoJson.h"

using namespace Qt::StringLiterals;

namespace idiolect {

namespace pj = protojson;

void PlaintextModelBuilder::readReactions(const QJsonObject &owner, quint32 index)
{
    for (const QJsonValue &v : pj::array(owner, "reactions"_L1)) {
        const QJsonObject r = v.toObject();
        Reaction reaction;
        reaction.message = index;
        reaction.emoji = pj::string(r, "emoji"_L1);
        if (!pj::id64(r, "authorId"_L1, &reaction.authorId) || reaction.authorId <= 0
            || !pj::id64(r, "sentTimestamp"_L1, &reaction.dateSent))
            continue;
        m_export->messages.addReaction(std::move(reaction));
        ++m_export->reactionRows;
    }
}

void PlaintextModelBuilder::readStandardMessage(const QJsonObject &message, quint32 index)
{
    MessageStore &store = m_export->messages;
    for (const QJsonValue &v : pj::array(message, "attachments"_L1)) {
        const QJsonObject attachment = v.toObject();
        Attachment a;
        a.voiceNote = pj::string(attachment, "flag"_L1) == "VOICE_MESSAGE"_L1;
        addFilePointer(pj::object(attachment, "pointer"_L1), index, std::move(a));
    }
    for (const QJsonValue &v : pj::array(message, "linkPreview"_L1)) {
        const QJsonObject p = v.toObject();
        LinkPreview preview;
        preview.message = index;
        preview.url = pj::string(p, "url"_L1);
        preview.title = pj::string(p, "title"_L1);
        preview.description = pj::string(p, "description"_L1);
        pj::id64(p, "date"_L1, &preview.date);
        store.addLinkPreview(std::move(preview));
        store.addFlags(index, HasLinkPreview);
    }
    if (pj::has(message, "longText"_L1)) {
        const QJsonObject locator
            = pj::object(pj::object(message, "longText"_L1), "locatorInfo"_L1);
        PendingFile file;
        file.message = index;
        file.wanted.plaintextHash = pj::bytes(locator, "plaintextHash"_L1);
        file.wanted.localKey = pj::bytes(locator, "localKey"_L1);
        pj::id64(locator, "size"_L1, &file.wanted.size);
        m_files.push_back(std::move(file));
    }
}

void PlaintextModelBuilder::addFilePointer(const QJsonObject &pointer, quint32 message,
                                           Attachment attachment)
{
    MessageStore &store = m_export->messages;
    const QJsonObject locator = pj::object(pointer, "locatorInfo"_L1);
    attachment.message = message;
    attachment.contentType = pj::string(pointer, "contentType"_L1);
    attachment.fileName = pj::string(pointer, "fileName"_L1);
    if (attachment.caption.isEmpty())
        attachment.caption = pj::string(pointer, "caption"_L1);
    qint32 width = 0, height = 0;
    pj::int32(pointer, "width"_L1, &width);
    pj::int32(pointer, "height"_L1, &height);
    attachment.width = width;
    attachment.height = height;
    qint64 size = -1;
    if (pj::has(locator, "size"_L1) && pj::id64(locator, "size"_L1, &size))
        attachment.size = size;
    const QByteArray hash = pj::bytes(locator, "plaintextHash"_L1);
    attachment.plaintextHash = QString::fromLatin1(hash.toHex());
    if (attachment.sticker) {
        store.addFlags(message, HasSticker);
    } else {
        store.addFlags(message, HasAttachment);
        if (attachment.isImage())
            store.addFlags(message, HasImage);
        if (attachment.voiceNote)
            store.addFlags(message, HasVoiceNote);
    }
    const auto attachmentIndex = qsizetype(m_attachments.size());
    m_attachments.push_back(std::move(attachment));
    if (!hash.isEmpty()) {
        PendingFile file;
        file.attachment = attachmentIndex;
        file.message = message;
        file.wanted.plaintextHash = hash;
        file.wanted.localKey = pj::bytes(locator, "localKey"_L1);
        file.wanted.size = size;
        m_files.push_back(std::move(file));
    }
}

} // namespace idiolect
