// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiHit.h"
#include "PrivacyOperator.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <bitset>

namespace idiolect {

/** What a term of the TermIndex stands for. */
struct TermEntry
{
    enum class Source : quint8 { Contact, User, Group, Diminutive, Keyword };

    Source source = Source::Contact;
    NamePart part = NamePart::Given;
    bool capitalizedOnly = false; ///< An ambiguous name: only counts when written capitalized.
    bool exactCase = false; ///< A keyword like "PIN": only the exact spelling counts.
    KeywordAction action = KeywordAction::Flag; ///< Keywords only.
    qint64 recipientId = 0; ///< The contact (or group) the name belongs to.
    QString key; ///< Person key (pseudonym mapping) or keyword term.
    /** Must follow the word right away, case-insensitively ("sam" + ".72" = username "sam.72"). */
    QString suffix;
};

/**
 * @brief Deny list of names and keywords, looked up word by word.
 *
 * Terms are stored as sequences of case-folded words keyed by their first
 * word, so "Anna Schmidt", "Anna" and "mot de passe" are all one hash lookup
 * per word of a message. Terms in scripts written without spaces (Chinese,
 * Japanese, Korean, Thai) are kept apart and searched as substrings. A Bloom
 * filter over the hashes of first words rejects almost every word of a
 * message before any string is built.
 */
class TermIndex final
{
public:
    struct Sequence
    {
        QStringList tail; ///< Folded words after the first one.
        QList<TermEntry> entries;
    };
    struct UnspacedTerm
    {
        QString folded;
        TermEntry entry;
    };

    /**
     * Adds @p value (any text; it is split into words and folded). Returns false
     * if it has no words or is on the allow list. Both the accented and the
     * accent-stripped spelling are indexed.
     */
    bool add(QStringView value, const TermEntry &entry);
    /** Words never indexed (folded): the user's allow list and the kinship terms. */
    void setBlockedWords(const QSet<QString> &folded) { m_blocked = folded; }

    /** Sequences starting with the folded word, or nullptr. */
    [[nodiscard]] const QList<Sequence> *find(const QString &foldedFirst) const;
    /**
     * Cheap test with WordTokenizer's hash of a folded word: false means no term starts
     * with it (a Bloom filter; true may be wrong, find() decides).
     */
    [[nodiscard]] bool mayContain(quint32 wordHash) const
    {
        const quint32 a = wordHash & (kBloomBits - 1);
        const quint32 b = (wordHash * 0x9E3779B1u) >> (32 - kBloomBitsLog2);
        return m_bloom.test(a) && m_bloom.test(b);
    }
    [[nodiscard]] const QList<UnspacedTerm> &unspacedTerms() const { return m_unspaced; }
    [[nodiscard]] bool isEmpty() const { return m_terms.isEmpty() && m_unspaced.isEmpty(); }
    /** Every folded single word of every name term (keeps pseudonyms from reusing real names). */
    [[nodiscard]] QSet<QString> nameWords() const;

private:
    void insert(const QStringList &words, const TermEntry &entry);

    QHash<QString, QList<Sequence>> m_terms;
    QList<UnspacedTerm> m_unspaced;
    QSet<QString> m_blocked;
    static constexpr quint32 kBloomBitsLog2 = 16;
    static constexpr quint32 kBloomBits = 1u << kBloomBitsLog2;
    std::bitset<kBloomBits> m_bloom;
};

} // namespace idiolect
