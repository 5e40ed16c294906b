// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFinalizer.h"

#include "ChatExport.h"

#include <algorithm>

namespace idiolect {

void ExportFinalizer::applyRecipientsToThreads(ChatExport &ex)
{
    for (Thread &t : ex.threads) {
        const Recipient *r = ex.recipient(t.recipientId);
        t.isGroup = r && r->isGroup();
        t.blocked = r && r->blocked;
        if (t.title.isEmpty() || r)
            t.title = r ? r->displayName : ex.displayName(t.recipientId);
        if (r)
            t.memberIds = r->memberIds;
    }
}

void ExportFinalizer::indexThreads(ChatExport &ex)
{
    MessageStore &store = ex.messages;
    for (Thread &t : ex.threads) {
        t.messages.clear();
        t.textMessages = t.outgoingTextMessages = t.firstDateSent = t.lastDateSent = 0;
    }
    for (quint32 i = 0; i < store.size(); ++i) {
        const qint32 th = store.thread(i);
        if (th >= 0 && size_t(th) < ex.threads.size())
            ex.threads[size_t(th)].messages.push_back(i);
    }
    ex.counts = KindCounts{};
    for (Thread &t : ex.threads) {
        std::sort(t.messages.begin(), t.messages.end(), [&store](quint32 a, quint32 b) {
            const qint64 da = store.dateSent(a), db = store.dateSent(b);
            if (da != db)
                return da < db;
            const qint64 ia = store.id(a), ib = store.id(b);
            return ia != ib ? ia < ib : a < b;
        });
        for (quint32 m : t.messages) {
            ++ex.counts[store.kind(m)];
            if (store.kind(m) != MessageKind::Text)
                continue;
            ++t.textMessages;
            if (store.isOutgoing(m))
                ++t.outgoingTextMessages;
            if (t.firstDateSent == 0)
                t.firstDateSent = store.dateSent(m);
            t.lastDateSent = store.dateSent(m);
        }
    }
}

void ExportFinalizer::markNoteToSelf(ChatExport &ex)
{
    for (Thread &t : ex.threads)
        t.isNoteToSelf = ex.self.isKnown() && t.recipientId == ex.self.id;
}

void ExportFinalizer::finalize(ChatExport &ex)
{
    ex.rebuildIndexes();
    applyRecipientsToThreads(ex);
    indexThreads(ex);
    markNoteToSelf(ex);
    ex.messages.finalize();
}

} // namespace idiolect
