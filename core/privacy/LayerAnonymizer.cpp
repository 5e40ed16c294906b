// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerAnonymizer.h"

#include "PrivacyConfig.h"
#include "PseudonymMap.h"
#include "TermIndexBuilder.h"
#include "model/TextLayer.h"

using namespace Qt::StringLiterals;

namespace idiolect {

LayerAnonymizer::LayerAnonymizer(const TextLayer &input, const PrivacyConfig &config,
                                 PseudonymMap &map, PrivacyReport &report, bool collectFindings)
    : m_input(input),
      m_config(config),
      m_report(report),
      m_replacer(config, map),
      m_collect(collectFindings)
{
    for (const SensitiveKeyword &k : config.keywords)
        m_keywordActions.insert(k.term, k.action);
    m_report.threads.resize(input.chatExport().threads.size());
}

void LayerAnonymizer::anonymizeNames(TextLayer &out)
{
    const ChatExport &ex = m_input.chatExport();
    for (const Recipient &r : ex.recipients) {
        if (r.kind == RecipientKind::DistributionList || r.kind == RecipientKind::CallLink
            || r.kind == RecipientKind::ReleaseNotes)
            continue;
        out.setDisplayName(r.id,
                           m_replacer.replaceName(TermIndexBuilder::personKey(r),
                                                  m_input.displayName(r.id), r.isGroup()));
    }
    for (size_t t = 0; t < ex.threads.size(); ++t) {
        const Thread &thread = ex.threads[t];
        const Recipient *r = ex.recipient(thread.recipientId);
        QString title;
        if (r && r->kind != RecipientKind::ReleaseNotes)
            title = out.displayName(thread.recipientId);
        else if (!r)
            title = m_replacer.replaceName(u"thread:"_s + QString::number(thread.id),
                                           m_input.threadTitle(int(t)), thread.isGroup);
        else
            continue;
        out.setThreadTitle(int(t), title);
    }
}

bool LayerAnonymizer::dropsMessage(const PiiHit &hit) const
{
    if (hit.kind == PiiKind::Keyword)
        return m_keywordActions.value(hit.canonical, KeywordAction::Flag)
            == KeywordAction::DropMessage;
    return m_config.operatorFor(hit.kind) == PrivacyOperator::DropMessage;
}

QString LayerAnonymizer::labelFor(const PiiHit &hit, QStringView original) const
{
    if (hit.kind == PiiKind::Name && hit.recipientId != 0)
        return m_input.chatExport().displayName(hit.recipientId);
    return original.toString();
}

void LayerAnonymizer::apply(const MessageHits &hits, TextLayer &out)
{
    const ChatExport &ex = m_input.chatExport();
    const qint32 threadIndex = ex.messages.thread(hits.message);
    ThreadPrivacyStats *stats = threadIndex >= 0 && size_t(threadIndex) < m_report.threads.size()
        ? &m_report.threads[size_t(threadIndex)]
        : nullptr;
    for (const auto *list : {&hits.body, &hits.quote}) {
        for (const PiiHit &h : *list) {
            ++m_report.hitsByKind[size_t(h.kind)];
            if (stats)
                ++stats->hits[size_t(h.kind)];
        }
    }
    const Outcome body = applyField(hits, TextField::Body, out);
    const Outcome quote = applyField(hits, TextField::Quote, out);
    const bool dropped = body.dropped;
    const bool changed = !dropped && (body.changed || quote.changed || quote.dropped);
    const bool flagged = body.flagged || quote.flagged;
    m_report.messagesDropped += dropped;
    m_report.messagesChanged += changed;
    m_report.messagesFlagged += flagged;
    m_report.quotesCleared += quote.dropped;
    if (stats) {
        stats->messagesDropped += dropped;
        stats->messagesChanged += changed;
        stats->messagesFlagged += flagged;
    }
}

LayerAnonymizer::Outcome LayerAnonymizer::applyField(const MessageHits &hits, TextField field,
                                                     TextLayer &out)
{
    const std::vector<PiiHit> &list = field == TextField::Body ? hits.body : hits.quote;
    Outcome outcome;
    if (list.empty())
        return outcome;
    const quint32 m = hits.message;
    const QStringView text = field == TextField::Body ? m_input.body(m) : m_input.quoteBody(m);
    const ChatExport &ex = m_input.chatExport();
    const qint32 threadIndex = ex.messages.thread(m);
    const auto finding = [&](const PiiHit &h, FindingAction action) {
        PrivacyFinding f;
        f.message = m;
        f.messageId = ex.messages.id(m);
        f.threadIndex = threadIndex;
        f.threadId = threadIndex >= 0 && size_t(threadIndex) < ex.threads.size()
            ? ex.threads[size_t(threadIndex)].id
            : 0;
        f.field = field;
        f.kind = h.kind;
        f.rule = h.rule;
        f.confidence = h.confidence;
        f.start = h.start;
        f.length = h.length;
        f.original = text.mid(h.start, h.length).toString();
        f.canonical = h.canonical;
        f.action = action;
        return f;
    };

    const bool drop
        = std::any_of(list.begin(), list.end(), [&](const PiiHit &h) { return dropsMessage(h); });
    if (drop) {
        if (field == TextField::Body)
            out.setDropped(m);
        else
            out.setQuoteBody(m, QString());
        if (m_collect) {
            for (const PiiHit &h : list)
                m_report.findings.push_back(finding(h,
                                                    field == TextField::Body
                                                        ? FindingAction::DroppedMessage
                                                        : FindingAction::ClearedQuote));
        }
        outcome.dropped = true;
        return outcome;
    }

    QString result;
    result.reserve(text.size() + 16);
    qint32 cursor = 0;
    for (const PiiHit &h : list) {
        if (h.kind == PiiKind::Keyword) {
            outcome.flagged = true;
            if (m_collect)
                m_report.findings.push_back(finding(h, FindingAction::Flagged));
            continue;
        }
        if (h.start < cursor)
            continue; // overlaps were resolved; a seeded mention could still clash
        const QStringView original = text.mid(h.start, h.length);
        const QString replacement = m_replacer.replace(h, original, labelFor(h, original));
        result.append(text.mid(cursor, h.start - cursor));
        const auto replacedStart = qint32(result.size());
        result.append(replacement);
        cursor = h.end();
        const bool same = replacement == original;
        outcome.changed = outcome.changed || !same;
        if (m_collect) {
            PrivacyFinding f = finding(h, same ? FindingAction::Kept : FindingAction::Replaced);
            f.replacedStart = replacedStart;
            f.replacedLength = qint32(replacement.size());
            f.replacement = replacement;
            m_report.findings.push_back(std::move(f));
        }
    }
    if (outcome.changed) {
        result.append(text.mid(cursor));
        if (field == TextField::Body)
            out.setBody(m, std::move(result));
        else
            out.setQuoteBody(m, std::move(result));
    }
    return outcome;
}

} // namespace idiolect
