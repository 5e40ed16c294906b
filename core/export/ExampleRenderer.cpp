// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleRenderer.h"

#include "analysis/Corpus.h"
#include "generation/Example.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

void appendIndented(QString &out, QStringView text)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype nl = text.indexOf(u'\n', from);
        if (nl < 0) {
            out += text.sliced(from);
            return;
        }
        out += text.sliced(from, nl + 1 - from);
        out += QStringView(u"  ");
        from = nl + 1;
    }
}

bool usesTranscript(const Example &e)
{
    return e.type == ExampleType::BurstSequence || e.type == ExampleType::Completion;
}

} // namespace

ExampleRenderer::ExampleRenderer(TextLayerPtr layer, RenderOptions options)
    : m_layer(std::move(layer)), m_options(std::move(options))
{
    if (m_options.format != DatasetFormat::Messages)
        m_options.burstTurns = BurstTurns::Merge;
}

QString ExampleRenderer::speaker(const ExampleMessage &m) const
{
    if (m.fromYou)
        return Corpus::youLabel();
    return m_layer->displayName(m_layer->chatExport().messages.senderId(m.index));
}

bool ExampleRenderer::isWritten(quint32 message) const
{
    return m_layer->chatExport().messages.kind(message) == MessageKind::Text
        && !m_layer->body(message).trimmed().isEmpty();
}

QString ExampleRenderer::transcript(const Example &e) const
{
    // Look the texts up once and reserve for all of them: growing the transcript message by
    // message reallocated it several times per example.
    QVarLengthArray<QStringView, 16> texts;
    qsizetype size = 0;
    for (const ExampleMessage &m : e.context) {
        texts.append(Corpus::messageText(*m_layer, m.index));
        size += texts.back().size() + 32;
    }
    QString out;
    out.reserve(size + 64);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (!out.isEmpty())
            out += u'\n';
        out += speaker(e.context[size_t(i)]);
        out += u": "_s;
        appendIndented(out, texts[i]);
    }
    if (e.type == ExampleType::Completion && !e.targets.empty()) {
        const QStringView text = Corpus::messageText(*m_layer, e.targets.front().index);
        const qsizetype split = std::clamp<qsizetype>(e.splitOffset, 0, text.size());
        if (!out.isEmpty())
            out += u'\n';
        out += Corpus::youLabel() + u": "_s;
        appendIndented(out, text.first(split).trimmed());
    }
    return out;
}

QString ExampleRenderer::output(const Example &e) const
{
    if (e.outputOverride)
        return *e.outputOverride;
    if (e.type == ExampleType::Completion && !e.targets.empty()) {
        const QStringView text = Corpus::messageText(*m_layer, e.targets.front().index);
        return text.sliced(std::clamp<qsizetype>(e.splitOffset, 0, text.size()))
            .trimmed()
            .toString();
    }
    // A burst can hold a photo between your texts: its placeholder is left out of what the
    // model learns to write (unless nothing else is there, which no strategy makes).
    const bool anyWritten
        = std::any_of(e.targets.begin(), e.targets.end(),
                      [this](const ExampleMessage &m) { return isWritten(m.index); });
    QString out;
    for (const ExampleMessage &m : e.targets) {
        if (anyWritten && !isWritten(m.index))
            continue;
        if (!out.isEmpty())
            out += m_options.burstSeparator;
        out += Corpus::messageText(*m_layer, m.index);
    }
    return out;
}

QString ExampleRenderer::systemText(const Example &e) const
{
    if (m_options.systemPrompt.isEmpty())
        return e.instruction;
    return m_options.systemPrompt + u"\n\n"_s + e.instruction;
}

bool ExampleRenderer::chatTurns(const Example &e, std::vector<ChatTurn> &turns) const
{
    const bool separate = m_options.burstTurns == BurstTurns::Separate;
    // The messages format (OpenAI; Axolotl with message_field_training) weights every assistant
    // turn: your earlier messages in the context are 0, so each message of yours is learned
    // once, as the target of its own example, not again in every later window that shows it.
    const bool weighted = m_options.format == DatasetFormat::Messages; // separate implies it
    const bool group
        = e.threadIndex >= 0 && m_layer->chatExport().threads[size_t(e.threadIndex)].isGroup;
    const auto add = [&](ChatRole role, QString content, int weight) {
        if (!turns.empty() && turns.back().role == role && (role == ChatRole::User || !separate)) {
            ChatTurn &last = turns.back();
            last.content += role == ChatRole::User ? u"\n"_s : m_options.burstSeparator;
            last.content += content;
            last.weight = std::max(last.weight, weight);
            return;
        }
        if (turns.empty() && role == ChatRole::Assistant)
            return; // A chat must start with the user.
        turns.push_back({role, std::move(content), weight});
    };
    for (const ExampleMessage &m : e.context) {
        const QStringView text = Corpus::messageText(*m_layer, m.index);
        if (m.fromYou) {
            if (isWritten(m.index)) // your photos and stickers are not text you wrote
                add(ChatRole::Assistant, text.toString(), weighted ? 0 : -1);
        } else {
            add(ChatRole::User, group ? speaker(m) + u": "_s + text : text.toString(), -1);
        }
    }
    if (turns.empty())
        return false;
    if (separate && !e.outputOverride) {
        for (const ExampleMessage &m : e.targets) {
            if (isWritten(m.index))
                add(ChatRole::Assistant, Corpus::messageText(*m_layer, m.index).toString(), 1);
        }
    } else {
        add(ChatRole::Assistant, output(e), weighted ? 1 : -1);
    }
    return true;
}

RenderedExample ExampleRenderer::render(const Example &e) const
{
    RenderedExample r;
    if (m_options.format == DatasetFormat::Alpaca) {
        r.instruction = e.instruction;
        r.input = transcript(e);
        r.output = output(e);
        r.system = m_options.systemPrompt;
        return r;
    }
    r.turns.push_back({ChatRole::System, systemText(e), -1});
    std::vector<ChatTurn> body;
    if (usesTranscript(e) || !chatTurns(e, body)) {
        body.clear();
        QString user = transcript(e);
        if (user.isEmpty())
            user = u"[start of conversation]"_s;
        const bool weighted = m_options.format == DatasetFormat::Messages;
        body.push_back({ChatRole::User, std::move(user), -1});
        body.push_back({ChatRole::Assistant, output(e), weighted ? 1 : -1});
    }
    r.turns.insert(r.turns.end(), std::make_move_iterator(body.begin()),
                   std::make_move_iterator(body.end()));
    return r;
}

} // namespace idiolect
