// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompletionStrategy.h"

#include "ExampleFactory.h"
#include "analysis/Corpus.h"
#include "analysis/TextAnalyzer.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

/** True when @p offset is inside an anonymization token such as "<PHONE_3>". */
bool insideToken(QStringView text, qsizetype offset)
{
    qsizetype i = offset - 1;
    while (i >= 0 && (text[i].isUpper() || text[i].isDigit() || text[i] == u'_'))
        --i;
    return i >= 0 && text[i] == u'<';
}

} // namespace

void CompletionStrategy::generate(const StrategyInput &input, quint32 thread,
                                  std::vector<Example> &out) const
{
    const CompletionOptions &o = input.options.completion;
    const auto &messages = input.corpus.threads()[thread].messages;
    const auto window = quint32(std::max(input.options.windows.windowSize, 0));
    const auto minLength = quint32(std::max(o.minLength, 2));
    thread_local TextAnalyzer analyzer;
    static const QString instruction = u"Complete this message in your own style"_s;

    for (quint32 p = 0; p < quint32(messages.size()); ++p) {
        const CorpusMessage &m = messages[p];
        if (!m.is(CorpusFlag::IsTarget) || m.length < minLength)
            continue;
        const QStringView text = input.corpus.text(m);
        qsizetype bestOffset = -1;
        double bestRatio = 0;
        // Word boundaries never split a grapheme cluster, so the prefix length is
        // summed piece by piece (linear, not quadratic, in the message length).
        qsizetype counted = 0;
        quint32 prefix = 0;
        analyzer.words(text, [&](QStringView word, bool) {
            const qsizetype offset = word.data() - text.data();
            if (offset <= 0 || double(prefix) > double(m.length) * o.maxSplit)
                return;
            if (insideToken(text, offset))
                return; // a prompt must not end in the "<" of "<PHONE_3>"
            prefix += analyzer.analyze(text.sliced(counted, offset - counted)).graphemes;
            counted = offset;
            const double ratio = double(prefix) / double(m.length);
            if (ratio < o.minSplit || ratio > o.maxSplit)
                return;
            if (bestOffset < 0 || std::abs(ratio - 0.5) < std::abs(bestRatio - 0.5)) {
                bestOffset = offset;
                bestRatio = ratio;
            }
        });
        if (bestOffset < 0 || text.first(bestOffset).trimmed().isEmpty())
            continue;
        const quint32 begin = p > window ? p - window : 0;
        Example e = ExampleFactory::make(input.corpus, thread, ExampleType::Completion, begin, p, p,
                                         p + 1);
        e.instruction = instruction;
        e.splitOffset = qint32(bestOffset);
        e.meta.splitRatio = bestRatio;
        if (p > 0)
            e.meta.responseDelay = double(m.time - messages[p - 1].time) / 1000.0;
        out.push_back(std::move(e));
    }
}

} // namespace idiolect
