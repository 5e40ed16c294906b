// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFinalizer.h"

#include "ChatExport.h"
#include "common/ComputePool.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

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

namespace {

/** Orders one thread's messages by date (then id, then file order) and counts them. */
void indexThread(const MessageStore &store, Thread &t, KindCounts &counts)
{
    struct Key
    {
        qint64 date;
        qint64 id;
        quint32 index;
        bool operator<(const Key &o) const
        {
            return date != o.date ? date < o.date : (id != o.id ? id < o.id : index < o.index);
        }
    };
    // Exports are mostly in date order already; checking costs one pass, sorting log n.
    const auto before = [&store](quint32 a, quint32 b) {
        return Key{store.dateSent(a), store.id(a), a} < Key{store.dateSent(b), store.id(b), b};
    };
    if (!std::is_sorted(t.messages.begin(), t.messages.end(), before)) {
        // Sorting the keys themselves, not indices into the columns, keeps the sort in cache.
        // A real chat is out of order in a few places (a message that arrived late keeps its
        // send time): the rows that keep climbing stay in order, only the stragglers below
        // the last kept row are sorted and merged back, near-linear instead of n log n. Keys
        // are unique (the row breaks ties), so the order is exactly a full sort's.
        std::vector<Key> keys;
        keys.reserve(t.messages.size());
        std::vector<Key> stragglers;
        for (const quint32 m : t.messages) {
            const Key key{store.dateSent(m), store.id(m), m};
            if (keys.empty() || !(key < keys.back()))
                keys.push_back(key);
            else
                stragglers.push_back(key);
        }
        std::sort(stragglers.begin(), stragglers.end());
        auto out = t.messages.begin();
        auto a = keys.cbegin();
        auto b = stragglers.cbegin();
        while (a != keys.cend() || b != stragglers.cend()) {
            const bool takeB = a == keys.cend() || (b != stragglers.cend() && *b < *a);
            *out++ = (takeB ? *b++ : *a++).index;
        }
    }
    for (quint32 m : t.messages) {
        ++counts[store.kind(m)];
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

} // namespace

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
    // Threads are independent: each is ordered on its own (the biggest chats take longest).
    std::vector<KindCounts> counts(ex.threads.size());
    std::vector<size_t> threads(ex.threads.size());
    std::iota(threads.begin(), threads.end(), size_t(0));
    QtConcurrent::blockingMap(ComputePool::instance(), threads,
                              [&](size_t k) { indexThread(store, ex.threads[k], counts[k]); });
    ex.counts = KindCounts{};
    for (const KindCounts &c : counts) {
        for (size_t k = 0; k < c.values.size(); ++k)
            ex.counts.values[k] += c.values[k];
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
