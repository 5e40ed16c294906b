// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TermIndex.h"

#include "WordTokenizer.h"

namespace idiolect {

bool TermIndex::add(QStringView value, const TermEntry &entry)
{
    QStringList words;
    QStringList stripped;
    bool anyStripped = false;
    bool unspaced = false;
    WordTokenizer tokenizer(value);
    WordToken token;
    QString folded;
    QString plain;
    while (tokenizer.next(&token)) {
        WordTokenizer::fold(value.mid(token.start, token.length()), token.hasMark, &folded);
        unspaced = unspaced || token.unspaced;
        words.append(folded);
        if (WordTokenizer::stripAccents(folded, &plain)) {
            anyStripped = true;
            stripped.append(plain);
        } else {
            stripped.append(folded);
        }
    }
    if (words.isEmpty())
        return false;
    if (words.size() == 1 && m_blocked.contains(words.first()))
        return false;
    if (unspaced) {
        // Written without spaces: match the whole value as a substring (spaces removed).
        const QString joined = words.join(QString());
        for (const UnspacedTerm &t : std::as_const(m_unspaced)) {
            if (t.folded == joined && t.entry.recipientId == entry.recipientId
                && t.entry.source == entry.source)
                return true;
        }
        m_unspaced.append({joined, entry});
        return true;
    }
    insert(words, entry);
    if (anyStripped)
        insert(stripped, entry);
    return true;
}

void TermIndex::insert(const QStringList &words, const TermEntry &entry)
{
    QList<Sequence> &sequences = m_terms[words.first()];
    const QStringList tail = words.mid(1);
    Sequence *target = nullptr;
    for (Sequence &s : sequences) {
        if (s.tail == tail)
            target = &s;
    }
    if (!target) {
        // Longest first, so "Anna Maria Schmidt" wins over "Anna Maria".
        auto it = std::find_if(sequences.begin(), sequences.end(),
                               [&](const Sequence &s) { return s.tail.size() < tail.size(); });
        target = &*sequences.insert(it, Sequence{tail, {}});
    }
    for (const TermEntry &e : std::as_const(target->entries)) {
        if (e.recipientId == entry.recipientId && e.source == entry.source && e.part == entry.part
            && e.key == entry.key && e.suffix == entry.suffix)
            return;
    }
    target->entries.append(entry);
    const quint32 h = WordTokenizer::hash(words.first());
    m_bloom.set(h & (kBloomBits - 1));
    m_bloom.set((h * 0x9E3779B1u) >> (32 - kBloomBitsLog2));
}

const QList<TermIndex::Sequence> *TermIndex::find(const QString &foldedFirst) const
{
    const auto it = m_terms.constFind(foldedFirst);
    return it == m_terms.constEnd() ? nullptr : &*it;
}

QSet<QString> TermIndex::nameWords() const
{
    QSet<QString> out;
    for (auto it = m_terms.constBegin(); it != m_terms.constEnd(); ++it) {
        for (const Sequence &s : it.value()) {
            bool isName = false;
            for (const TermEntry &e : s.entries)
                isName = isName || e.source != TermEntry::Source::Keyword;
            if (!isName)
                continue;
            out.insert(it.key());
            for (const QString &w : s.tail)
                out.insert(w);
        }
    }
    for (const UnspacedTerm &t : m_unspaced)
        out.insert(t.folded);
    return out;
}

} // namespace idiolect
