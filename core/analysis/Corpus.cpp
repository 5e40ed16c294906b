// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Corpus.h"

#include "ParallelFor.h"
#include "TextAnalyzer.h"
#include "common/JobContext.h"
#include "model/MessageFlag.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

const QString &placeholder(MessageKind kind, quint32 storeFlags)
{
    static const QString image = u"[image]"_s;
    static const QString voice = u"[voice message]"_s;
    static const QString sticker = u"[sticker]"_s;
    static const QString attachment = u"[attachment]"_s;
    static const QString call = u"[call]"_s;
    static const QString groupUpdate = u"[group update]"_s;
    static const QString system = u"[system message]"_s;
    switch (kind) {
    case MessageKind::Call: return call;
    case MessageKind::GroupUpdate: return groupUpdate;
    case MessageKind::System: return system;
    default: break;
    }
    if (storeFlags & MessageFlag::HasVoiceNote)
        return voice;
    if (storeFlags & MessageFlag::HasSticker)
        return sticker;
    if (storeFlags & MessageFlag::HasImage)
        return image;
    return attachment;
}

bool isSystemKind(MessageKind kind)
{
    return kind == MessageKind::System || kind == MessageKind::Call
        || kind == MessageKind::GroupUpdate;
}

void buildThread(const TextLayer &layer, const CorpusSpec &spec, CorpusThread &out,
                 CorpusCounts &counts)
{
    const ChatExport &ex = layer.chatExport();
    const MessageStore &store = ex.messages;
    const Thread &thread = ex.threads[size_t(out.threadIndex)];
    thread_local TextAnalyzer analyzer;
    QHash<QString, quint32> emojiIds;

    out.messages.reserve(thread.messages.size());
    for (const quint32 i : thread.messages) {
        ++counts.messagesRead;
        const qint64 time = store.dateSent(i);
        if (time < spec.fromMs || time >= spec.toMs) {
            ++counts.outsideDateRange;
            continue;
        }
        const MessageKind kind = store.kind(i);
        const bool media = kind == MessageKind::MediaOnly;
        const bool system = isSystemKind(kind);
        if (!(kind == MessageKind::Text || (media && spec.includeMedia)
              || (system && spec.includeSystemMessages))) {
            ++counts.excludedKinds;
            continue;
        }
        if (layer.isDropped(i)) {
            ++counts.droppedByLayer;
            continue;
        }
        const qint64 sender = store.senderId(i);
        if (!spec.excludedSenders.isEmpty() && spec.excludedSenders.contains(sender)) {
            ++counts.excludedSenders;
            continue;
        }
        CorpusMessage m;
        m.index = i;
        m.time = time;
        m.sender = sender;
        const bool you = store.isOutgoing(i) || (spec.selfId && sender == *spec.selfId);
        if (you)
            m.set(CorpusFlag::FromYou);
        if (store.hasFlag(i, MessageFlag::HasAttachment) || media)
            m.set(CorpusFlag::HasAttachment);
        if (kind == MessageKind::Text) {
            const QStringView body = layer.body(i).trimmed();
            if (body.isEmpty()) {
                // A layer (or the export) emptied the text: keep it only as media context.
                if (!(store.hasFlag(i, MessageFlag::HasAttachment) && spec.includeMedia)) {
                    ++counts.excludedKinds;
                    continue;
                }
                m.set(CorpusFlag::IsMedia);
            } else {
                m.set(CorpusFlag::IsText);
                const auto position = quint32(out.messages.size());
                const TextStats stats
                    = analyzer.analyze(body, [&](QStringView emoji, EmojiPosition where) {
                          const QString key = TextAnalyzer::emojiKey(emoji);
                          auto it = emojiIds.constFind(key);
                          if (it == emojiIds.constEnd()) {
                              it = emojiIds.insert(key, quint32(out.emojiKeys.size()));
                              out.emojiKeys.append(key);
                          }
                          out.emoji.push_back({position, *it, where});
                      });
                m.length = stats.graphemes;
                m.emoji = stats.emoji;
                m.emojiAtStart = stats.emojiAtStart;
                m.emojiInMiddle = stats.emojiInMiddle;
                m.emojiAtEnd = stats.emojiAtEnd;
                if (stats.question)
                    m.set(CorpusFlag::HasQuestion);
                if (stats.url)
                    m.set(CorpusFlag::HasUrl);
                ++counts.textMessages;
                if (you) {
                    ++out.yourMessages;
                    // A bare link is not something a model should learn to write, nor a long
                    // message Signal cut off mid-word (its full text was not in the export).
                    const bool truncated = store.hasFlag(i, MessageFlag::LongTextTruncated);
                    counts.truncatedNotTargets += truncated ? 1 : 0;
                    if (m.length >= quint32(std::max(spec.minTargetLength, 1)) && !truncated
                        && !(stats.url && TextAnalyzer::isOnlyUrls(body))) {
                        m.set(CorpusFlag::IsTarget);
                        ++out.targets;
                    }
                }
            }
        } else {
            m.set(media ? CorpusFlag::IsMedia : CorpusFlag::IsSystem);
        }
        out.messages.push_back(m);
    }
    counts.messagesKept += qint64(out.messages.size());
    counts.yourTextMessages += out.yourMessages;
    counts.targets += out.targets;
}

void addCounts(CorpusCounts &into, const CorpusCounts &c)
{
    into.messagesRead += c.messagesRead;
    into.messagesKept += c.messagesKept;
    into.textMessages += c.textMessages;
    into.yourTextMessages += c.yourTextMessages;
    into.targets += c.targets;
    into.droppedByLayer += c.droppedByLayer;
    into.outsideDateRange += c.outsideDateRange;
    into.excludedKinds += c.excludedKinds;
    into.excludedSenders += c.excludedSenders;
    into.truncatedNotTargets += c.truncatedNotTargets;
}

} // namespace

Expected<Corpus> Corpus::build(TextLayerPtr layer, const CorpusSpec &spec, JobContext &job)
{
    Corpus corpus;
    corpus.m_layer = std::move(layer);
    corpus.m_spec = spec;
    const TextLayer &textLayer = *corpus.m_layer;
    const ChatExport &ex = textLayer.chatExport();

    std::vector<int> selected;
    if (spec.threads.isEmpty()) {
        for (size_t t = 0; t < ex.threads.size(); ++t)
            selected.push_back(int(t));
    } else {
        for (int t : spec.threads) {
            if (t >= 0 && size_t(t) < ex.threads.size())
                selected.push_back(t);
        }
    }
    std::erase_if(selected, [&](int t) {
        const Thread &thread = ex.threads[size_t(t)];
        return (thread.isNoteToSelf && !spec.includeNoteToSelf)
            || (thread.blocked && spec.excludeBlockedThreads);
    });
    std::sort(selected.begin(), selected.end(),
              [&](int a, int b) { return ex.threads[size_t(a)].id < ex.threads[size_t(b)].id; });
    selected.erase(std::unique(selected.begin(), selected.end()), selected.end());

    corpus.m_threads.resize(selected.size());
    std::vector<CorpusCounts> counts(selected.size());
    for (size_t k = 0; k < selected.size(); ++k) {
        CorpusThread &t = corpus.m_threads[k];
        const Thread &thread = ex.threads[size_t(selected[k])];
        t.threadIndex = selected[k];
        t.threadId = thread.id;
        t.partnerId = thread.recipientId;
        t.isGroup = thread.isGroup;
        t.isNoteToSelf = thread.isNoteToSelf;
        t.title = textLayer.threadTitle(selected[k]);
    }
    parallelFor(
        selected.size(), [&](size_t k) { return ex.threads[size_t(selected[k])].messages.size(); },
        [&](size_t k) { buildThread(textLayer, spec, corpus.m_threads[k], counts[k]); }, job);
    if (job.isCanceled())
        return Error::canceled();

    bool any = false;
    for (size_t k = 0; k < selected.size(); ++k) {
        addCounts(corpus.m_counts, counts[k]);
        const auto &messages = corpus.m_threads[k].messages;
        if (messages.empty())
            continue;
        corpus.m_firstTime
            = any ? std::min(corpus.m_firstTime, messages.front().time) : messages.front().time;
        corpus.m_lastTime
            = any ? std::max(corpus.m_lastTime, messages.back().time) : messages.back().time;
        any = true;
    }
    return corpus;
}

QStringView Corpus::messageText(const TextLayer &layer, quint32 index)
{
    const MessageStore &store = layer.chatExport().messages;
    const MessageKind kind = store.kind(index);
    // Media-only rows have no text of their own; a layer may give them one (enrichment's
    // "[Image: description]"), which then takes the placeholder's place.
    if (kind == MessageKind::Text || kind == MessageKind::MediaOnly) {
        const QStringView body = layer.body(index).trimmed();
        if (!body.isEmpty())
            return body;
    }
    return placeholder(kind, store.flags(index));
}

QString Corpus::speaker(const CorpusMessage &message) const
{
    return message.fromYou() ? youLabel() : m_layer->displayName(message.sender);
}

QString Corpus::youLabel()
{
    return u"You"_s;
}

} // namespace idiolect
