// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatExcerpt.h"

#include "analysis/Corpus.h"
#include "export/ExampleRenderer.h"
#include "generation/Example.h"

namespace idiolect {

namespace {

ChatMessage fromStore(const TextLayer &layer, quint32 index, bool fromYou, qint64 previousTime)
{
    const MessageStore &store = layer.chatExport().messages;
    ChatMessage m;
    m.fromYou = fromYou;
    m.time = store.dateSent(index);
    m.sender = fromYou ? QString() : layer.displayName(store.senderId(index));
    m.text = Corpus::messageText(layer, index).toString();
    const MessageKind kind = store.kind(index);
    m.placeholder = kind != MessageKind::Text;
    m.gapBeforeMs = previousTime > 0 ? std::max<qint64>(0, m.time - previousTime) : 0;
    return m;
}

} // namespace

QList<ChatMessage> ChatExcerpt::range(const Corpus &corpus, quint32 thread, quint32 begin,
                                      quint32 end, std::optional<quint32> target)
{
    QList<ChatMessage> out;
    if (thread >= corpus.threads().size())
        return out;
    const CorpusThread &t = corpus.threads()[thread];
    end = std::min<quint32>(end, quint32(t.messages.size()));
    qint64 previous = 0;
    for (quint32 i = begin; i < end; ++i) {
        const CorpusMessage &cm = t.messages[i];
        ChatMessage m = fromStore(corpus.layer(), cm.index, cm.fromYou(), previous);
        m.placeholder = cm.is(CorpusFlag::IsMedia) || cm.is(CorpusFlag::IsSystem);
        if (target && *target == i)
            m.role = ChatMessage::Role::Target;
        previous = m.time;
        out.append(std::move(m));
    }
    return out;
}

QList<ChatMessage> ChatExcerpt::example(const TextLayer &layer, const Example &example,
                                        const ExampleRenderer &renderer)
{
    QList<ChatMessage> out;
    qint64 previous = 0;
    for (const ExampleMessage &em : example.context) {
        ChatMessage m = fromStore(layer, em.index, em.fromYou, previous);
        previous = m.time;
        out.append(std::move(m));
    }
    if (example.targets.empty())
        return out;
    ChatMessage target = fromStore(layer, example.targets.front().index, true, previous);
    target.placeholder = false;
    if (example.type == ExampleType::Completion && example.splitOffset > 0) {
        ChatMessage prompt = target;
        prompt.text = prompt.text.left(example.splitOffset).trimmed();
        prompt.role = ChatMessage::Role::Prompt;
        out.append(prompt);
        target.gapBeforeMs = 0;
        target.time = 0;
    }
    target.text = renderer.output(example);
    target.role = ChatMessage::Role::Target;
    out.append(std::move(target));
    return out;
}

} // namespace idiolect
