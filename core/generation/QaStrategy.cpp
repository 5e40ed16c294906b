// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QaStrategy.h"

#include "ExampleFactory.h"
#include "analysis/Corpus.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

bool startsWithQuestionWord(QStringView text)
{
    static const QSet<QString> words
        = {u"who"_s,   u"what"_s,   u"when"_s,    u"where"_s,   u"why"_s,   u"how"_s,    u"which"_s,
           u"whose"_s, u"whom"_s,   u"wer"_s,     u"was"_s,     u"wann"_s,  u"wo"_s,     u"warum"_s,
           u"wie"_s,   u"welche"_s, u"welcher"_s, u"welches"_s, u"wieso"_s, u"weshalb"_s};
    qsizetype end = 0;
    while (end < text.size() && text[end].isLetter())
        ++end;
    return end > 0 && words.contains(text.first(end).toString().toLower());
}

} // namespace

void QaStrategy::generate(const StrategyInput &input, quint32 thread,
                          std::vector<Example> &out) const
{
    const Corpus &corpus = input.corpus;
    const auto &messages = corpus.threads()[thread].messages;
    const QaOptions &o = input.options.qa;
    const qint64 maxDelayMs = qint64(o.maxAnswerDelaySeconds) * 1000;
    const qint64 followGapMs = qint64(input.options.burst.maxTimeBetweenMessagesSeconds) * 1000;
    const auto window = quint32(std::max(input.options.windows.windowSize, 1));
    const auto maxAnswer = quint32(std::max(o.maxAnswerMessages, 1));
    static const QString instruction = u"Answer this question the way you would"_s;

    for (quint32 p = 1; p < quint32(messages.size()); ++p) {
        const CorpusMessage &answer = messages[p];
        if (!answer.is(CorpusFlag::IsTarget) || messages[p - 1].fromYou())
            continue;
        // The latest question in the partner turn right before your reply.
        qint64 question = -1;
        for (qint64 q = qint64(p) - 1; q >= 0 && !messages[size_t(q)].fromYou(); --q) {
            const CorpusMessage &m = messages[size_t(q)];
            if (m.is(CorpusFlag::IsText)
                && (m.is(CorpusFlag::HasQuestion) || startsWithQuestionWord(corpus.text(m)))) {
                question = q;
                break;
            }
        }
        if (question < 0 || answer.time - messages[size_t(question)].time > maxDelayMs)
            continue;
        quint32 end = p + 1;
        while (end < messages.size() && end - p < maxAnswer && messages[end].fromYou()
               && messages[end].is(CorpusFlag::IsText)
               && messages[end].time - messages[end - 1].time < followGapMs)
            ++end;
        const quint32 begin = std::min(quint32(question), p > window ? p - window : 0);
        Example e = ExampleFactory::make(corpus, thread, ExampleType::Qa, begin, p, p, end);
        e.instruction = instruction;
        e.meta.answerDelay = double(answer.time - messages[size_t(question)].time) / 1000.0;
        e.meta.responseDelay = double(answer.time - messages[p - 1].time) / 1000.0;
        out.push_back(std::move(e));
    }
}

} // namespace idiolect
