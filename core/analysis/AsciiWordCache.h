// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <span>
#include <unordered_map>
#include <vector>

struct UBreakIterator;

namespace idiolect {

/**
 * @brief ICU's word segments of short ASCII chunks, remembered.
 *
 * In ASCII text every run of spaces and line breaks is bounded by word breaks
 * on both sides (UAX #29 WB3a–WB3d; no rule joins across them), so the words of
 * a message are the words of its space-separated chunks, each segmented on its
 * own. Chat text repeats its chunks ("ok", "haha", "you?") all the time, so
 * ICU runs once per distinct chunk and later lookups cost a hash. The result is
 * ICU's by construction; tst_textanalyzerwords checks it against ICU on whole
 * texts. One cache per TextAnalyzer (per thread); at most kMaxEntries chunks (about
 * 5 MB), then it starts over.
 */
class AsciiWordCache final
{
public:
    /** One word: offset and length in the chunk; letters = ICU status ≥ UBRK_WORD_LETTER. */
    struct Segment
    {
        quint32 begin = 0;
        quint32 length = 0;
        bool letters = false;
    };

    /** Chunks longer than this are segmented every time (and not kept). */
    static constexpr qsizetype kMaxChunk = 64;
    /** The cache is emptied when it holds this many chunks. */
    static constexpr size_t kMaxEntries = 1 << 15;

    /** True for the ASCII characters that always separate chunks. */
    static bool isSeparator(char16_t c)
    {
        return c == u' ' || c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C;
    }

    /**
     * The words (ICU status ≥ UBRK_WORD_NUMBER) of @p chunk, which must be ASCII without
     * separators; @p words is an ICU word iterator used on a miss. Valid until the next call.
     */
    std::span<const Segment> segments(QStringView chunk, UBreakIterator *words);

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(QStringView s) const { return qHash(s, 0); }
    };
    struct Equal
    {
        using is_transparent = void;
        bool operator()(QStringView a, QStringView b) const { return a == b; }
    };

    std::unordered_map<QString, std::vector<Segment>, Hash, Equal> m_chunks;
    std::vector<Segment> m_scratch;
};

} // namespace idiolect
