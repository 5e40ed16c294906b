// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextStats.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <memory>

namespace idiolect {

/**
 * @brief Grapheme, emoji and word segmentation of message text with ICU.
 *
 * One instance per worker thread (it owns ICU break iterators, which are not
 * thread-safe); creating one is cheap. Pure-ASCII and Latin text takes a fast
 * path that gives exactly the ICU result without calling ICU.
 *
 * Emoji rule (documented in docs/algorithms.md): a grapheme cluster is an emoji
 * if it is a flag (two regional indicators), a keycap sequence, or starts with
 * an Emoji code point that is shown as emoji — Emoji_Presentation, followed by
 * U+FE0F, carrying a skin-tone modifier or ZWJ, or a text-default symbol from
 * the Miscellaneous Symbols / Dingbats blocks (❤ ☺ ✌). RGI ZWJ sequences are one
 * emoji; a non-RGI ZWJ chain counts each of its parts. ©, ®, ™, digits and CJK
 * are not emoji.
 */
class TextAnalyzer final
{
public:
    /** Called for each emoji: the cluster text and its position. */
    using EmojiCallback = std::function<void(QStringView emoji, EmojiPosition position)>;
    /** Called for each word: the word text and whether it contains letters (not only digits). */
    using WordCallback = std::function<void(QStringView word, bool hasLetters)>;

    /** How words() segments ASCII text (IcuOnly exists to verify Fast against ICU). */
    enum class WordPath : quint8 {
        Fast, ///< ASCII texts: ICU's segments of each space-separated chunk, remembered.
        IcuOnly, ///< Every text through ICU's word iterator.
    };

    explicit TextAnalyzer(WordPath wordPath = WordPath::Fast);
    ~TextAnalyzer();
    Q_DISABLE_COPY_MOVE(TextAnalyzer)

    /** Length, emoji counts and positions, question and URL flags of @p text. */
    TextStats analyze(QStringView text, const EmojiCallback &onEmoji = {});

    /**
     * Words by ICU word boundaries (UAX #29 plus dictionaries for CJK/Thai),
     * skipping URLs. Returns the number of words (letters or numbers).
     */
    int words(QStringView text, const WordCallback &onWord = {});

    /** Grapheme clusters in @p text (convenience; uses a temporary analyzer). */
    static quint32 graphemeCount(QStringView text);

    /** True if @p text is only URLs ("scheme://..." tokens) and whitespace. */
    static bool isOnlyUrls(QStringView text);

    /** The canonical key of an emoji for counting: text-default symbols get U+FE0F. */
    static QString emojiKey(QStringView emoji);

private:
    int asciiWords(QStringView text, const WordCallback &onWord);

    struct Icu;
    std::unique_ptr<Icu> m_icu;
    WordPath m_wordPath = WordPath::Fast;
};

} // namespace idiolect
