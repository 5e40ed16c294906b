// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TermDetector.h"

#include "PiiRules.h"
#include "TermIndex.h"
#include "WordTokenizer.h"
#include "model/Thread.h"

namespace idiolect {

namespace {

thread_local std::vector<WordToken> t_tokens;
thread_local QString t_folded;
thread_local QString t_other;
thread_local QString t_tail;
thread_local QString t_tailPlain;

// Characters allowed between the words of one name: "Anna Maria", "Anne-Marie", "O'Brien".
bool isJoinerGap(QStringView gap)
{
    if (gap.size() > 3)
        return false;
    for (QChar c : gap) {
        switch (c.unicode()) {
        case u' ':
        case u'-':
        case u'.':
        case u'\'':
        case u'_':
        case 0x00A0:
        case 0x2010:
        case 0x2011:
        case 0x2019: continue;
        default: return false;
        }
    }
    return true;
}

bool isNear(qint64 id, const ScanContext &ctx)
{
    if (id == 0)
        return false;
    if (id == ctx.senderId)
        return true;
    if (!ctx.thread)
        return false;
    return id == ctx.thread->recipientId || ctx.thread->memberIds.contains(id);
}

int sourceRank(TermEntry::Source s)
{
    switch (s) {
    case TermEntry::Source::Contact: return 0;
    case TermEntry::Source::User: return 1;
    case TermEntry::Source::Group: return 2;
    case TermEntry::Source::Diminutive: return 3;
    case TermEntry::Source::Keyword: return 4;
    }
    return 5;
}

bool better(const TermEntry &a, const TermEntry &b, const ScanContext &ctx)
{
    const bool nearA = isNear(a.recipientId, ctx);
    const bool nearB = isNear(b.recipientId, ctx);
    if (nearA != nearB)
        return nearA;
    if (sourceRank(a.source) != sourceRank(b.source))
        return sourceRank(a.source) < sourceRank(b.source);
    return a.recipientId < b.recipientId;
}

bool atSentenceStart(QStringView text, qint32 start)
{
    qsizetype i = start - 1;
    while (i >= 0 && (text[i].isSpace() || text[i] == u'"' || text[i] == u'(' || text[i] == u'*'))
        --i;
    if (i < 0)
        return true;
    const char16_t c = text[i].unicode();
    return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u':' || c == 0x2026;
}

// One-letter Arabic and Hebrew prefixes written together with the next word ("and", "to", ...).
bool isProclitic(QChar c)
{
    switch (c.unicode()) {
    case 0x0648: // و
    case 0x0641: // ف
    case 0x0628: // ب
    case 0x0644: // ل
    case 0x0643: // ك
    case 0x05D5: // ו
    case 0x05D4: // ה
    case 0x05D1: // ב
    case 0x05DC: // ל
    case 0x05DE: // מ
    case 0x05E9: // ש
    case 0x05DB: // כ
        return true;
    default: return false;
    }
}

float baseConfidence(const TermEntry &e, bool multiWord)
{
    switch (e.source) {
    case TermEntry::Source::Contact: return multiWord || e.part == NamePart::Full ? 1.0f : 0.95f;
    case TermEntry::Source::User: return 1.0f;
    case TermEntry::Source::Group: return 0.9f;
    case TermEntry::Source::Diminutive: return 0.8f;
    case TermEntry::Source::Keyword: return 1.0f;
    }
    return 1.0f;
}

} // namespace

TermDetector::TermDetector(std::shared_ptr<const TermIndex> index) : m_index(std::move(index)) { }

void TermDetector::detect(QStringView text, const ScanContext &context,
                          std::vector<PiiHit> &out) const
{
    if (m_index->isEmpty() || text.isEmpty())
        return;
    std::vector<WordToken> &tokens = t_tokens;
    tokens.clear();
    WordTokenizer tokenizer(text);
    WordToken token;
    while (tokenizer.next(&token))
        tokens.push_back(token);

    for (size_t i = 0; i < tokens.size(); ++i) {
        const WordToken tok = tokens[i];
        if (tok.unspaced) {
            if (!m_index->unspacedTerms().isEmpty())
                matchUnspaced(text, tok, out);
            continue;
        }
        const QStringView word = text.mid(tok.start, tok.length());
        size_t consumed = 0;
        // Words with combining marks are normalized first, so their hashes do not apply.
        const bool slow = tok.hasMark;
        bool folded = false;
        const auto ensureFolded = [&] {
            if (!folded)
                WordTokenizer::fold(word, tok.hasMark, &t_folded);
            folded = true;
        };
        if (slow || m_index->mayContain(tok.hash)) {
            ensureFolded();
            if (matchAt(text, tokens, i, t_folded, Variant::Exact, tok.start, tok.end, context, out,
                        &consumed)) {
                i += consumed;
                continue;
            }
        }
        if (tok.nonAscii && (slow || m_index->mayContain(tok.plainHash))) {
            ensureFolded();
            if (WordTokenizer::stripAccents(t_folded, &t_other)
                && matchAt(text, tokens, i, t_other, Variant::AccentFolded, tok.start, tok.end,
                           context, out, &consumed)) {
                i += consumed;
                continue;
            }
        }
        if (word.size() >= 4 && (word.back() == u's' || word.back() == u'S')
            && (slow || m_index->mayContain(tok.hashButLast))) {
            ensureFolded();
            t_other = t_folded;
            t_other.chop(1);
            if (matchAt(text, tokens, i, t_other, Variant::Possessive, tok.start, tok.end - 1,
                        context, out, &consumed))
                continue;
        }
        if (word.size() >= 3 && isProclitic(word.front())) {
            WordTokenizer::fold(word.mid(1), tok.hasMark, &t_other);
            if (matchAt(text, tokens, i, t_other, Variant::Prefixed, tok.start + 1, tok.end,
                        context, out, &consumed))
                i += consumed;
        }
    }
}

bool TermDetector::matchAt(QStringView text, const std::vector<WordToken> &tokens, size_t i,
                           const QString &folded, Variant variant, qint32 start, qint32 end,
                           const ScanContext &context, std::vector<PiiHit> &out,
                           size_t *consumed) const
{
    const QList<TermIndex::Sequence> *sequences = m_index->find(folded);
    if (!sequences)
        return false;
    for (const TermIndex::Sequence &seq : *sequences) {
        qint32 matchEnd = end;
        if (!seq.tail.isEmpty()) {
            if (variant == Variant::Possessive)
                continue;
            bool ok = true;
            qint32 previousEnd = tokens[i].end;
            for (qsizetype k = 0; ok && k < seq.tail.size(); ++k) {
                const size_t next = i + 1 + size_t(k);
                if (next >= tokens.size()
                    || !isJoinerGap(text.mid(previousEnd, tokens[next].start - previousEnd))) {
                    ok = false;
                    break;
                }
                const WordToken &t = tokens[next];
                WordTokenizer::fold(text.mid(t.start, t.length()), t.hasMark, &t_tail);
                const QString *cmp = &t_tail;
                if (variant == Variant::AccentFolded
                    && WordTokenizer::stripAccents(t_tail, &t_tailPlain))
                    cmp = &t_tailPlain;
                ok = *cmp == seq.tail[k];
                previousEnd = t.end;
            }
            if (!ok)
                continue;
            matchEnd = previousEnd;
        }
        const QStringView raw = text.mid(start, matchEnd - start);
        const bool multiWord = !seq.tail.isEmpty();
        bool emitted = false;
        const TermEntry *best = nullptr;
        for (const TermEntry &e : seq.entries) {
            if (!e.suffix.isEmpty()) {
                if (variant != Variant::Exact || multiWord)
                    continue;
                const QStringView after = text.mid(matchEnd, e.suffix.size());
                const qsizetype next = matchEnd + e.suffix.size();
                if (after.compare(e.suffix, Qt::CaseInsensitive) != 0
                    || (next < text.size() && text[next].isLetterOrNumber()))
                    continue;
                out.push_back(PiiHit{start, qint32(next) - start, PiiKind::Name, NamePart::Given,
                                     1.0f, rules::NameUsername, e.recipientId, e.key});
                *consumed = 0;
                return true;
            }
            if (e.source == TermEntry::Source::Keyword) {
                if (variant == Variant::Possessive || variant == Variant::Prefixed)
                    continue;
                if (e.exactCase && raw != e.key)
                    continue;
                out.push_back(PiiHit{start, matchEnd - start, PiiKind::Keyword, NamePart::None,
                                     1.0f, rules::KeywordList, 0, e.key});
                labelledValue(text, matchEnd, e.key.endsWith(u"phrase"), out);
                emitted = true;
                continue;
            }
            if (e.capitalizedOnly && raw.front().isLower())
                continue;
            if (!best || better(e, *best, context))
                best = &e;
        }
        if (best) {
            float confidence = baseConfidence(*best, multiWord);
            QLatin1StringView rule = rules::NameContact;
            switch (best->source) {
            case TermEntry::Source::Contact:
                rule = multiWord ? rules::NameContactFull : rules::NameContact;
                break;
            case TermEntry::Source::User: rule = rules::NameUser; break;
            case TermEntry::Source::Group: rule = rules::NameGroupTitle; break;
            default: rule = rules::NameDiminutive; break;
            }
            if (best->capitalizedOnly && !multiWord) {
                confidence = qMin(confidence, atSentenceStart(text, start) ? 0.4f : 0.6f);
                if (best->source == TermEntry::Source::Contact)
                    rule = rules::NameAmbiguous;
            }
            switch (variant) {
            case Variant::Exact: break;
            case Variant::Possessive:
                confidence *= 0.9f;
                rule = rules::NamePossessive;
                break;
            case Variant::Prefixed:
                confidence *= 0.85f;
                rule = rules::NamePrefixed;
                break;
            case Variant::AccentFolded:
                confidence *= 0.9f;
                rule = rules::NameAccentFolded;
                break;
            }
            const NamePart part = multiWord ? NamePart::Full : best->part;
            out.push_back(PiiHit{start, matchEnd - start, PiiKind::Name, part, confidence, rule,
                                 best->recipientId, best->key});
            emitted = true;
        }
        if (emitted) {
            *consumed = size_t(seq.tail.size());
            return true;
        }
    }
    return false;
}

void TermDetector::matchUnspaced(QStringView text, const WordToken &token,
                                 std::vector<PiiHit> &out) const
{
    const QStringView word = text.mid(token.start, token.length());
    WordTokenizer::fold(word, token.hasMark, &t_other);
    if (t_other.size() != word.size())
        return;
    for (const TermIndex::UnspacedTerm &term : m_index->unspacedTerms()) {
        qsizetype from = 0;
        qsizetype at = -1;
        while ((at = t_other.indexOf(term.folded, from)) >= 0) {
            const auto start = qint32(token.start + at);
            const auto length = qint32(term.folded.size());
            if (term.entry.source == TermEntry::Source::Keyword) {
                out.push_back(PiiHit{start, length, PiiKind::Keyword, NamePart::None, 1.0f,
                                     rules::KeywordList, 0, term.entry.key});
            } else {
                out.push_back(PiiHit{start, length, PiiKind::Name, term.entry.part,
                                     length <= 2 ? 0.85f : 0.95f, rules::NameUnspaced,
                                     term.entry.recipientId, term.entry.key});
            }
            from = at + term.folded.size();
        }
    }
}

} // namespace idiolect
