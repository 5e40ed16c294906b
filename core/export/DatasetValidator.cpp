// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatasetValidator.h"

#include "ExampleRenderer.h"
#include "RenderedExample.h"
#include "analysis/ParallelFor.h"
#include "common/Utf16.h"
#include "generation/Example.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

bool isOnlyUrl(QStringView text)
{
    static const QRegularExpression url(u"^https?://\\S+$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return text.startsWith(u"http"_s, Qt::CaseInsensitive) && url.match(text).hasMatch();
}

void checkText(QStringList &problems, QStringView text, const QString &field, bool required)
{
    if (!utf16::hasNoSurrogates(text) && !text.isValidUtf16())
        problems.append(
            DatasetValidator::tr("%1 contains an unpaired surrogate (invalid UTF-8)").arg(field));
    if (required && text.trimmed().isEmpty())
        problems.append(DatasetValidator::tr("%1 is empty").arg(field));
}

void checkOutput(QStringList &problems, QStringView output, QStringView input)
{
    const QStringView out = output.trimmed();
    if (out.isEmpty())
        return;
    if (isOnlyUrl(out))
        problems.append(DatasetValidator::tr("output is only a URL"));
    if (out == input.trimmed())
        problems.append(DatasetValidator::tr("output is the same as the input"));
}

} // namespace

QString ValidationIssue::toString() const
{
    QString where = line >= 0 ? DatasetValidator::tr("line %1").arg(line)
                              : DatasetValidator::tr("example %1").arg(example);
    if (!id.isEmpty())
        where += u" ("_s + id + u')';
    return where + u": "_s + message;
}

QStringList ValidationReport::lines(int max) const
{
    QStringList out;
    for (const ValidationIssue &issue : issues) {
        if (out.size() >= max) {
            out.append(DatasetValidator::tr("... and %1 more").arg(qsizetype(issues.size()) - max));
            break;
        }
        out.append(issue.toString());
    }
    return out;
}

QStringList DatasetValidator::check(const RenderedExample &row, DatasetFormat format)
{
    QStringList problems;
    if (format == DatasetFormat::Alpaca) {
        checkText(problems, row.instruction, u"instruction"_s, true);
        checkText(problems, row.input, u"input"_s, false);
        checkText(problems, row.output, u"output"_s, true);
        checkText(problems, row.system, u"system"_s, false);
        checkOutput(problems, row.output, row.input);
        return problems;
    }
    const auto &turns = row.turns;
    if (turns.empty()) {
        problems.append(tr("the conversation has no turns"));
        return problems;
    }
    size_t first = 0;
    if (turns.front().role == ChatRole::System) {
        checkText(problems, turns.front().content, u"system turn"_s, false);
        first = 1;
    }
    if (first >= turns.size()) {
        problems.append(tr("the conversation has only a system turn"));
        return problems;
    }
    if (turns[first].role != ChatRole::User)
        problems.append(tr("the first turn after the system prompt is not from the user"));
    if (turns.back().role != ChatRole::Assistant)
        problems.append(tr("the conversation does not end with an assistant turn"));
    bool weighted = false;
    bool anyTrained = false;
    for (size_t i = first; i < turns.size(); ++i) {
        const ChatTurn &t = turns[i];
        const QString name = tr("turn %1").arg(i + 1);
        if (t.role == ChatRole::System)
            problems.append(tr("%1 is a system turn after the start").arg(name));
        checkText(problems, t.content, name, true);
        if (t.weight >= 0) {
            weighted = true;
            anyTrained = anyTrained || t.weight == 1;
            if (t.role != ChatRole::Assistant || t.weight > 1)
                problems.append(
                    tr("%1 has a weight other than 0/1 on an assistant turn").arg(name));
        }
    }
    for (size_t i = first + 1; i < turns.size(); ++i) {
        if (turns[i].role != turns[i - 1].role)
            continue;
        if (turns[i].role == ChatRole::Assistant && weighted)
            continue;
        problems.append(
            tr("turns %1 and %2 do not alternate between user and assistant").arg(i).arg(i + 1));
        break;
    }
    if (weighted && !anyTrained)
        problems.append(tr("no assistant turn has weight 1"));
    if (turns.back().role == ChatRole::Assistant) {
        // The input is the last turn that is not yours: with separate burst turns the turn
        // before the target can be your own previous message (which may say the same thing).
        for (size_t i = turns.size() - 1; i-- > first;) {
            if (turns[i].role != ChatRole::Assistant) {
                checkOutput(problems, turns.back().content, turns[i].content);
                break;
            }
        }
    }
    return problems;
}

QStringList DatasetValidator::checkMetadata(const Example &e)
{
    QStringList problems;
    const ExampleMetadata &m = e.meta;
    const std::pair<const char *, double> numbers[]
        = {{"response_delay", m.responseDelay},     {"avg_time_gap", m.avgTimeGap},
           {"avg_time_between", m.avgTimeBetween},  {"adaptation_level", m.adaptationLevel},
           {"style_difference", m.styleDifference}, {"split_ratio", m.splitRatio},
           {"answer_delay", m.answerDelay}};
    for (const auto &[name, value] : numbers) {
        if (!std::isfinite(value))
            problems.append(tr("metadata %1 is not a finite number").arg(QLatin1String(name)));
        else if (value < 0 && value != -1)
            problems.append(tr("metadata %1 is negative").arg(QLatin1String(name)));
    }
    if (e.targets.empty())
        problems.append(tr("the example has no target message"));
    return problems;
}

Expected<ValidationReport> DatasetValidator::validate(const std::vector<Example> &examples,
                                                      const ExampleRenderer &renderer,
                                                      JobContext &job)
{
    constexpr size_t kChunk = 4096;
    const size_t chunks = (examples.size() + kChunk - 1) / kChunk;
    std::vector<std::vector<ValidationIssue>> perChunk(chunks);
    parallelFor(
        chunks, [](size_t) { return 1; },
        [&](size_t c) {
            const size_t end = std::min(examples.size(), (c + 1) * kChunk);
            for (size_t i = c * kChunk; i < end; ++i) {
                QStringList problems = checkMetadata(examples[i]);
                problems += check(renderer.render(examples[i]), renderer.options().format);
                for (const QString &p : problems)
                    perChunk[c].push_back({qint64(i), -1, examples[i].idString(), p});
            }
        },
        job);
    if (job.isCanceled())
        return Error::canceled();
    ValidationReport report;
    report.checked = qint64(examples.size());
    qint64 lastInvalid = -1;
    for (auto &chunk : perChunk) {
        for (ValidationIssue &issue : chunk) {
            if (issue.example != lastInvalid) {
                ++report.invalidExamples;
                lastInvalid = issue.example;
            }
            report.issues.push_back(std::move(issue));
        }
    }
    return report;
}

} // namespace idiolect
