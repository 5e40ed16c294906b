// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestExportBuilder.h"

#include "model/ExportFinalizer.h"
#include "model/MessageFlag.h"

using namespace Qt::StringLiterals;

namespace idiolect::test {

TestExportBuilder::TestExportBuilder() : m_export(std::make_shared<ChatExport>())
{
    for (qint64 id : {1, 2, 3}) {
        Recipient r;
        r.id = id;
        r.displayName = u"Person %1"_s.arg(id);
        r.isSelf = id == 1;
        m_export->recipients.push_back(r);
    }
    m_export->self.id = 1;
    m_export->self.method = SelfMethod::Override;
    for (qint64 id : {10, 11}) {
        Thread t;
        t.id = id;
        t.recipientId = id - 8;
        m_export->threads.push_back(t);
    }
}

quint32 TestExportBuilder::append(MessageKind kind, const QString &body, bool outgoing, int thread)
{
    MessageRecord r;
    r.id = m_next;
    r.dateSent = 1700000000000 + m_next * 60000;
    r.dateReceived = r.dateSent;
    r.thread = thread;
    r.senderId = outgoing ? 1 : thread + 2;
    r.kind = kind;
    r.direction = outgoing ? Direction::Outgoing : Direction::Incoming;
    ++m_next;
    return m_export->messages.append(r, body);
}

quint32 TestExportBuilder::text(const QString &body, bool outgoing, int thread)
{
    return append(MessageKind::Text, body, outgoing, thread);
}

quint32 TestExportBuilder::mediaOnly(bool outgoing, int thread)
{
    return append(MessageKind::MediaOnly, {}, outgoing, thread);
}

void TestExportBuilder::preview(quint32 message, const QString &url, const QString &title,
                                const QString &description)
{
    m_export->messages.addLinkPreview(LinkPreview{message, url, title, description, 0});
    m_export->messages.addFlags(message, HasLinkPreview);
}

void TestExportBuilder::image(quint32 message, const QString &path, const QString &contentType,
                              bool sticker)
{
    Attachment a;
    a.message = message;
    a.id = m_next++;
    a.contentType = contentType;
    a.localPath = path;
    a.sticker = sticker;
    m_export->messages.addAttachment(a);
    m_export->messages.addFlags(message, HasAttachment | (a.isImage() ? HasImage : 0u));
}

void TestExportBuilder::flag(quint32 message, quint32 flag)
{
    m_export->messages.addFlags(message, flag);
}

ChatExportPtr TestExportBuilder::build()
{
    ExportFinalizer::finalize(*m_export);
    return m_export;
}

TextLayerPtr TestExportBuilder::rawLayer(const ChatExportPtr &ex)
{
    return std::make_shared<const TextLayer>(ex);
}

} // namespace idiolect::test
