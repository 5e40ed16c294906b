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
 * Japanese, Korean, Thai) are kept apart and searched as substrings. A bitset
 * over the first folded character rejects most words before any folding.
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
    /** Cheap test on the raw word before folding: can any term start with it? */
    [[nodiscard]] bool mayStartWith(QChar first, qsizetype length) const;
    [[nodiscard]] const QList<UnspacedTerm> &unspacedTerms() const { return m_unspaced; }
    [[nodiscard]] bool isEmpty() const { return m_terms.isEmpty() && m_unspaced.isEmpty(); }
    /** Every folded single word of every name term (keeps pseudonyms from reusing real names). */
    [[nodiscard]] QSet<QString> nameWords() const;

private:
    void insert(const QStringList &words, const TermEntry &entry);

    QHash<QString, QList<Sequence>> m_terms;
    QList<UnspacedTerm> m_unspaced;
    QSet<QString> m_blocked;
    std::bitset<1024> m_firstChars;
    qsizetype m_minLength = 1 << 20;
    qsizetype m_maxLength = 0;
};

} // namespace idiolect
