// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace idiolect {

/** One word of a text: a run of letters and combining marks (UTF-16 offsets). */
struct WordToken
{
    qint32 start = 0;
    qint32 end = 0;
    bool unspaced = false; ///< Han, kana, Hangul, Thai...: words are not separated by spaces.
    bool nonAscii = false;
    bool hasMark = false; ///< Contains combining marks (may need NFC before comparing).
    quint32 hash = 0; ///< WordTokenizer::hash() of the case-folded word (not for hasMark).
    quint32 hashButLast = 0; ///< The same without the last character ("annas" → "anna").
    quint32 plainHash = 0; ///< Of the folded word without accents ("josé" → "jose").

    [[nodiscard]] qint32 length() const { return end - start; }
};

/**
 * @brief Splits text into words the way names are written, in any script.
 *
 * A word is a maximal run of letters and combining marks (so Devanagari vowel
 * signs and decomposed accents stay inside the word); digits, punctuation,
 * apostrophes and emoji separate words. A change between a script written
 * without spaces (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar) and any other
 * also ends a word, so a Latin name inside Chinese text is its own word.
 *
 * While splitting, each word's case-folded form is hashed, so a deny list can
 * reject almost every word without building a folded string.
 */
class WordTokenizer final
{
public:
    explicit WordTokenizer(QStringView text) : m_text(text) { }

    /** Advances to the next word; false at the end. */
    bool next(WordToken *token);

    /** Case-folds @p word into @p out (reusing its capacity), NFC-normalized if it has marks. */
    static void fold(QStringView word, bool hasMark, QString *out);
    /** Removes combining marks after NFD ("josé" → "jose"); false if nothing changed. */
    static bool stripAccents(QStringView folded, QString *out);
    /** The hash WordToken::hash uses, of an already folded word. */
    static quint32 hash(QStringView folded);
    /** True for scripts written without spaces between words. */
    static bool isUnspacedScript(char32_t ch);
    /** True for characters that are part of words: letters and combining marks. */
    static bool isWordChar(char32_t ch);

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace idiolect
