// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleFactory.h"

#include "ExampleId.h"
#include "analysis/Corpus.h"

#include <array>

using namespace Qt::StringLiterals;

namespace idiolect {

Example ExampleFactory::make(const Corpus &corpus, quint32 thread, ExampleType type,
                             quint32 contextBegin, quint32 contextEnd, quint32 targetBegin,
                             quint32 targetEnd, quint8 variant)
{
    const CorpusThread &t = corpus.threads()[thread];
    const MessageStore &store = corpus.layer().chatExport().messages;
    Example e;
    e.type = type;
    e.variant = variant;
    e.corpusThread = thread;
    e.threadIndex = t.threadIndex;
    e.threadId = t.threadId;
    e.order = targetBegin;
    e.partner = t.title;
    e.context.reserve(contextEnd - contextBegin);
    for (quint32 i = contextBegin; i < contextEnd; ++i) {
        const CorpusMessage &m = t.messages[i];
        e.context.push_back({m.index, m.fromYou()});
        e.meta.hasMedia = e.meta.hasMedia || m.is(CorpusFlag::HasUrl) || m.is(CorpusFlag::IsMedia)
            || m.is(CorpusFlag::HasAttachment);
    }
    e.targets.reserve(targetEnd - targetBegin);
    std::array<qint64, 16> ids{};
    size_t idCount = 0;
    for (quint32 i = targetBegin; i < targetEnd; ++i) {
        const CorpusMessage &m = t.messages[i];
        e.targets.push_back({m.index, m.fromYou()});
        e.meta.hasMedia
            = e.meta.hasMedia || m.is(CorpusFlag::HasUrl) || m.is(CorpusFlag::HasAttachment);
        if (idCount < ids.size())
            ids[idCount++] = store.id(m.index);
    }
    e.id = ExampleId::make(type, t.threadId, std::span<const qint64>(ids.data(), idCount), variant);
    return e;
}

QString ExampleFactory::conversationInstruction(Momentum momentum)
{
    static const QString rapid = u"Continue this rapid conversation naturally"_s;
    static const QString moderate = u"Continue this moderate conversation naturally"_s;
    static const QString slow = u"Continue this slow conversation naturally"_s;
    switch (momentum) {
    case Momentum::Rapid: return rapid;
    case Momentum::Moderate: return moderate;
    case Momentum::Slow: return slow;
    }
    return slow;
}

} // namespace idiolect
