// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatExport.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Unknown: return u"unknown"_s;
    case ExportFormat::SignalCsv: return u"signal_csv"_s;
    case ExportFormat::SignalSqlite: return u"signal_sqlite"_s;
    case ExportFormat::SignalPlaintext: return u"signal_plaintext_jsonl"_s;
    case ExportFormat::SignalDesktopExport: return u"signal_export_desktop"_s;
    }
    return u"unknown"_s;
}

QString selfMethodName(SelfMethod method)
{
    switch (method) {
    case SelfMethod::Unknown: return u"unknown"_s;
    case SelfMethod::Override: return u"override"_s;
    case SelfMethod::OutgoingSender: return u"outgoing_sender"_s;
    case SelfMethod::IncomingTarget: return u"incoming_target"_s;
    case SelfMethod::Heuristic: return u"heuristic"_s;
    case SelfMethod::NoteToSelf: return u"note_to_self"_s;
    case SelfMethod::ExportMarker: return u"export_marker"_s;
    }
    return u"unknown"_s;
}

const Recipient *ChatExport::recipient(qint64 id) const
{
    const auto it = m_recipientIndex.constFind(id);
    return it == m_recipientIndex.constEnd() ? nullptr : &recipients[size_t(*it)];
}

Recipient *ChatExport::recipient(qint64 id)
{
    const auto it = m_recipientIndex.constFind(id);
    return it == m_recipientIndex.constEnd() ? nullptr : &recipients[size_t(*it)];
}

QString ChatExport::displayName(qint64 id) const
{
    if (const Recipient *r = recipient(id))
        return r->displayName;
    return u'#' + QString::number(id);
}

int ChatExport::threadIndexById(qint64 threadId) const
{
    return m_threadIndex.value(threadId, -1);
}

void ChatExport::rebuildIndexes()
{
    m_recipientIndex.clear();
    m_recipientIndex.reserve(qsizetype(recipients.size()));
    for (size_t i = 0; i < recipients.size(); ++i)
        m_recipientIndex.insert(recipients[i].id, qsizetype(i));
    m_threadIndex.clear();
    m_threadIndex.reserve(qsizetype(threads.size()));
    for (size_t i = 0; i < threads.size(); ++i)
        m_threadIndex.insert(threads[i].id, int(i));
}

void ChatExport::addWarning(const QString &code, const QString &message, const QString &file,
                            qint64 line)
{
    for (ImportWarning &w : warnings) {
        if (w.code == code && w.file == file) {
            ++w.count;
            return;
        }
    }
    warnings.append(ImportWarning{code, message, file, line, 1});
}

qint64 ChatExport::textMessages() const
{
    qint64 n = 0;
    for (const Thread &t : threads)
        n += t.textMessages;
    return n;
}

qint64 ChatExport::outgoingTextMessages() const
{
    qint64 n = 0;
    for (const Thread &t : threads)
        n += t.outgoingTextMessages;
    return n;
}

} // namespace idiolect
