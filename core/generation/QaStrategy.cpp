// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QaStrategy.h"

#include "ExampleFactory.h"
#include "analysis/Corpus.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

bool startsWithQuestionWord(QStringView text)
{
    static constexpr QLatin1StringView words[]
        = {QLatin1StringView("who"),    QLatin1StringView("what"),    QLatin1StringView("when"),
           QLatin1StringView("where"),  QLatin1StringView("why"),     QLatin1StringView("how"),
           QLatin1StringView("which"),  QLatin1StringView("whose"),   QLatin1StringView("whom"),
           QLatin1StringView("wer"),    QLatin1StringView("was"),     QLatin1StringView("wann"),
           QLatin1StringView("wo"),     QLatin1StringView("warum"),   QLatin1StringView("wie"),
           QLatin1StringView("welche"), QLatin1StringView("welcher"), QLatin1StringView("welches"),
           QLatin1StringView("wieso"),  QLatin1StringView("weshalb")};
    qsizetype end = 0;
    while (end < text.size() && text[end].isLetter())
        ++end;
    const QStringView first = text.first(end);
    for (QLatin1StringView w : words) {
        if (first.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
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
