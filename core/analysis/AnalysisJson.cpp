// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisJson.h"

#include "ConversationWindow.h"
#include "Corpus.h"
#include "Episode.h"
#include "EpisodeSegmenter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QJsonObject message(const Corpus &corpus, const CorpusMessage &m, bool withMedia)
{
    QJsonObject o{{u"speaker"_s, corpus.speaker(m)},
                  {u"text"_s, corpus.text(m).toString()},
                  {u"timestamp"_s, m.time}};
    if (withMedia)
        o.insert(u"has_media"_s,
                 m.is(CorpusFlag::IsMedia) || m.is(CorpusFlag::HasAttachment)
                     || m.is(CorpusFlag::HasUrl));
    return o;
}

} // namespace

QJsonObject AnalysisJson::window(const Corpus &corpus, const ConversationWindow &w)
{
    const CorpusThread &t = corpus.threads()[w.thread];
    QJsonArray context;
    for (quint32 i = w.contextBegin; i < w.target; ++i)
        context.append(message(corpus, t.messages[i], true));
    const CorpusMessage &target = t.messages[w.target];
    return QJsonObject{
        {u"thread_id"_s, t.threadId},
        {u"context"_s, context},
        {u"response"_s,
         QJsonObject{{u"text"_s, corpus.text(target).toString()}, {u"timestamp"_s, target.time}}},
        {u"metadata"_s,
         QJsonObject{{u"momentum"_s, momentumName(w.momentum)},
                     {u"context_size"_s, w.contextSize()},
                     {u"avg_time_gap"_s, w.avgTimeGap},
                     {u"response_delay"_s, w.responseDelay},
                     {u"conversation_partner"_s, t.title},
                     {u"has_media"_s, w.hasMedia},
                     {u"window_number"_s, qint64(w.number)}}},
    };
}

QJsonObject AnalysisJson::episode(const Corpus &corpus, const Episode &e)
{
    const CorpusThread &t = corpus.threads()[e.thread];
    QJsonArray messages;
    QJsonObject turns;
    QJsonArray pattern;
    QString runSpeaker;
    qint64 runSender = 0;
    int runLength = 0;
    const auto flush = [&] {
        if (runLength > 0)
            pattern.append(QJsonArray{runSpeaker, runLength});
    };
    for (quint32 i = e.begin; i < e.end; ++i) {
        const CorpusMessage &m = t.messages[i];
        const QString speaker = corpus.speaker(m);
        messages.append(message(corpus, m, false));
        turns.insert(speaker, turns.value(speaker).toInteger() + 1);
        if (runLength > 0 && m.sender == runSender && speaker == runSpeaker) {
            ++runLength;
        } else {
            flush();
            runSpeaker = speaker;
            runSender = m.sender;
            runLength = 1;
        }
    }
    flush();
    const CorpusMessage &first = t.messages[e.begin];
    const CorpusMessage &last = t.messages[e.end - 1];
    const qint64 durationMs = last.time - first.time;
    return QJsonObject{
        {u"episode_id"_s, EpisodeSegmenter::episodeId(corpus, e)},
        {u"thread_id"_s, t.threadId},
        {u"messages"_s, messages},
        {u"metadata"_s,
         QJsonObject{
             {u"duration_seconds"_s, double(durationMs) / 1000.0},
             {u"duration_minutes"_s, double(durationMs) / 60000.0},
             {u"message_count"_s, e.messageCount()},
             {u"episode_length"_s, e.messageCount()},
             {u"participant_turns"_s, turns},
             {u"turn_pattern"_s, pattern},
             {u"initiated_by"_s, corpus.speaker(first)},
             {u"ended_by"_s, corpus.speaker(last)},
             {u"your_message_count"_s, e.yourMessages},
             {u"avg_response_time"_s,
              e.avgResponseTime >= 0 ? QJsonValue(e.avgResponseTime) : QJsonValue()},
             {u"conversation_type"_s,
              e.type == ConversationType::Unclassified ? QJsonValue()
                                                       : QJsonValue(conversationTypeName(e.type))},
             {u"conversation_partner"_s, t.title},
             {u"part_index"_s, e.part},
             {u"part_count"_s, e.partCount},
         }},
    };
}

} // namespace idiolect
