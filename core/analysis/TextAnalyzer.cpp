// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextAnalyzer.h"

#include "AsciiWordCache.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <vector>

namespace idiolect {

namespace {

constexpr char32_t kZwj = 0x200D;
constexpr char32_t kVs16 = 0xFE0F;
constexpr char32_t kKeycap = 0x20E3;

// Every UTF-16 unit below this has Grapheme_Cluster_Break Other, Control, CR or LF, so
// (UAX #29 GB3–GB5, GB999) each code point is its own cluster except CR LF.
constexpr char16_t kSimpleGraphemeLimit = 0x0300;
// No emoji (by our rule) can be made only of units below this: emoji need an Emoji code
// point >= U+203C, U+FE0F or U+20E3.
constexpr char16_t kEmojiCandidateLimit = 0x2000;

bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

bool isQuestionMark(char16_t c)
{
    return c == u'?' || c == 0xFF1F || c == 0x061F;
}

/** Number of emoji in one grapheme cluster (0 or 1). */
bool isEmojiCluster(const char16_t *s, int32_t length)
{
    int32_t i = 0;
    UChar32 first = 0;
    U16_NEXT(s, i, length, first);
    if (isRegionalIndicator(char32_t(first))) {
        if (i >= length)
            return false;
        UChar32 second = 0;
        U16_NEXT(s, i, length, second);
        return isRegionalIndicator(char32_t(second));
    }
    bool vs16 = false;
    bool zwj = false;
    bool modifier = false;
    bool keycap = false;
    for (int32_t j = i; j < length;) {
        UChar32 c = 0;
        U16_NEXT(s, j, length, c);
        vs16 |= char32_t(c) == kVs16;
        zwj |= char32_t(c) == kZwj;
        keycap |= char32_t(c) == kKeycap;
        modifier |= c >= 0x1F3FB && c <= 0x1F3FF;
    }
    if (first < 0x80)
        return keycap && ((first >= '0' && first <= '9') || first == '#' || first == '*');
    if (!u_hasBinaryProperty(first, UCHAR_EMOJI)
        && !u_hasBinaryProperty(first, UCHAR_EXTENDED_PICTOGRAPHIC))
        return false;
    if (u_hasBinaryProperty(first, UCHAR_EMOJI_PRESENTATION) || vs16 || zwj || modifier)
        return true;
    // Text-default symbols people type as emoji (❤ ☺ ✌ ☀ ✔) live in these two blocks.
    return first >= 0x2600 && first <= 0x27BF;
}

bool isWhitespaceCluster(const char16_t *s, int32_t length)
{
    int32_t i = 0;
    UChar32 c = 0;
    U16_NEXT(s, i, length, c);
    return u_isUWhiteSpace(c);
}

struct EmojiHit
{
    int32_t begin;
    int32_t end;
    int textBefore;
};

/** Position of the next "://" at or after @p from, or -1 (a fast ':' scan first). */
qsizetype findSchemeSeparator(QStringView text, qsizetype from)
{
    for (;;) {
        const qsizetype colon = text.indexOf(u':', from);
        if (colon < 0 || colon + 2 >= text.size())
            return -1;
        if (text[colon + 1] == u'/' && text[colon + 2] == u'/')
            return colon;
        from = colon + 1;
    }
}

/** URL spans ("scheme://..." up to whitespace) as [begin, end) pairs. */
bool isAscii(QStringView text)
{
    const char16_t *s = text.utf16();
    char16_t bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        bits |= s[i];
    return bits < 0x80;
}

/**
 * True when every run of chunk separators (AsciiWordCache::isSeparator) in @p text is bounded
 * by word breaks on both sides, so ICU's words of the whole text are those of its chunks.
 * Always true for ASCII. Elsewhere UAX #29 joins across a run only by WB3d (a space next to
 * another WSegSpace, e.g. U+3000) and WB4 (Extend, Format or ZWJ right after a space attach to
 * it); newlines break on both sides (WB3a/b). Texts with either case take ICU's whole-text path.
 */
bool separatorsAreBoundaries(QStringView text)
{
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80)
            continue;
        if (QChar::isSurrogate(c))
            continue; // no supplementary code point is WSegSpace, Extend after a space is checked below
        const auto wb = UWordBreakValues(u_getIntPropertyValue(c, UCHAR_WORD_BREAK));
        if (wb == U_WB_WSEGSPACE)
            return false;
        if (i > 0 && s[i - 1] == u' ' && (wb == U_WB_EXTEND || wb == U_WB_FORMAT || wb == U_WB_ZWJ))
            return false;
    }
    // A supplementary Extend/Format code point (e.g. U+E0100 variation selectors, tags) after
    // a space.
    for (qsizetype i = 0; i + 2 < n; ++i) {
        if (s[i] == u' ' && QChar::isHighSurrogate(s[i + 1]) && QChar::isLowSurrogate(s[i + 2])) {
            const auto wb = UWordBreakValues(u_getIntPropertyValue(
                QChar::surrogateToUcs4(s[i + 1], s[i + 2]), UCHAR_WORD_BREAK));
            if (wb == U_WB_EXTEND || wb == U_WB_FORMAT || wb == U_WB_ZWJ)
                return false;
        }
    }
    return true;
}

void findUrls(QStringView text, std::vector<std::pair<qsizetype, qsizetype>> &spans)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype sep = findSchemeSeparator(text, from);
        if (sep < 0)
            return;
        qsizetype begin = sep;
        while (begin > 0) {
            const QChar c = text[begin - 1];
            if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.')
                || c.unicode() > 0x7F)
                break;
            --begin;
        }
        qsizetype end = sep + 3;
        while (end < text.size() && !text[end].isSpace())
            ++end;
        if (begin < sep)
            spans.emplace_back(begin, end);
        from = end;
    }
}

} // namespace

struct TextAnalyzer::Icu
{
    UBreakIterator *characters = nullptr;
    UBreakIterator *words = nullptr;
    std::vector<EmojiHit> hits;
    std::vector<std::pair<qsizetype, qsizetype>> urls;
    AsciiWordCache asciiWords;

    Icu()
    {
        UErrorCode status = U_ZERO_ERROR;
        characters = ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status);
        status = U_ZERO_ERROR;
        words = ubrk_open(UBRK_WORD, "", nullptr, 0, &status);
    }
    ~Icu()
    {
        if (characters)
            ubrk_close(characters);
        if (words)
            ubrk_close(words);
    }
};

TextAnalyzer::TextAnalyzer(WordPath wordPath) : m_icu(std::make_unique<Icu>()), m_wordPath(wordPath)
{ }

TextAnalyzer::~TextAnalyzer() = default;

TextStats TextAnalyzer::analyze(QStringView text, const EmojiCallback &onEmoji)
{
    TextStats stats;
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const auto n = int32_t(text.size());
    char16_t maxUnit = 0;
    quint32 crlf = 0;
    bool slash = false;
    for (int32_t i = 0; i < n; ++i) {
        const char16_t c = s[i];
        maxUnit = c > maxUnit ? c : maxUnit;
        if (c == u'\n' && i > 0 && s[i - 1] == u'\r')
            ++crlf;
        stats.question |= isQuestionMark(c);
        slash |= c == u'/';
    }
    if (slash) {
        for (qsizetype sep = findSchemeSeparator(text, 0); sep >= 0 && !stats.url;
             sep = findSchemeSeparator(text, sep + 1)) {
            const QStringView before = text.first(sep);
            stats.url = before.endsWith(QLatin1String("http"), Qt::CaseInsensitive)
                || before.endsWith(QLatin1String("https"), Qt::CaseInsensitive);
        }
    }
    if (maxUnit < kSimpleGraphemeLimit) {
        stats.graphemes = quint32(n) - crlf;
        return stats;
    }
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(m_icu->characters, s, n, &status);
    if (U_FAILURE(status)) {
        stats.graphemes = quint32(n);
        return stats;
    }
    const bool scanEmoji = maxUnit >= kEmojiCandidateLimit;
    auto &hits = m_icu->hits;
    hits.clear();
    int textClusters = 0;
    int32_t begin = 0;
    for (int32_t end = ubrk_next(m_icu->characters); end != UBRK_DONE;
         begin = end, end = ubrk_next(m_icu->characters)) {
        ++stats.graphemes;
        if (!scanEmoji)
            continue;
        if (s[begin] >= kEmojiCandidateLimit || end - begin > 1) {
            if (isEmojiCluster(s + begin, end - begin)) {
                hits.push_back({begin, end, textClusters});
                continue;
            }
        }
        if (!isWhitespaceCluster(s + begin, end - begin))
            ++textClusters;
    }
    for (const EmojiHit &hit : hits) {
        EmojiPosition position = EmojiPosition::Middle;
        if (hit.textBefore == textClusters) {
            position = EmojiPosition::End;
            ++stats.emojiAtEnd;
        } else if (hit.textBefore == 0) {
            position = EmojiPosition::Start;
            ++stats.emojiAtStart;
        } else {
            ++stats.emojiInMiddle;
        }
        if (stats.emoji < 0xFFFF)
            ++stats.emoji;
        if (onEmoji)
            onEmoji(text.sliced(hit.begin, hit.end - hit.begin), position);
    }
    return stats;
}

int TextAnalyzer::words(QStringView text, const WordCallback &onWord)
{
    if (m_wordPath == WordPath::Fast && (isAscii(text) || separatorsAreBoundaries(text)))
        return asciiWords(text, onWord);
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const auto n = int32_t(text.size());
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(m_icu->words, s, n, &status);
    if (U_FAILURE(status))
        return 0;
    auto &urls = m_icu->urls;
    urls.clear();
    findUrls(text, urls);
    size_t nextUrl = 0;
    int count = 0;
    int32_t begin = 0;
    for (int32_t end = ubrk_next(m_icu->words); end != UBRK_DONE;
         begin = end, end = ubrk_next(m_icu->words)) {
        const int32_t rule = ubrk_getRuleStatus(m_icu->words);
        if (rule < UBRK_WORD_NUMBER)
            continue;
        while (nextUrl < urls.size() && urls[nextUrl].second <= begin)
            ++nextUrl;
        if (nextUrl < urls.size() && urls[nextUrl].first <= begin)
            continue;
        ++count;
        if (onWord)
            onWord(text.sliced(begin, end - begin), rule >= UBRK_WORD_LETTER);
    }
    return count;
}

int TextAnalyzer::asciiWords(QStringView text, const WordCallback &onWord)
{
    auto &urls = m_icu->urls;
    urls.clear();
    findUrls(text, urls);
    size_t nextUrl = 0;
    int count = 0;
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        while (i < n && AsciiWordCache::isSeparator(s[i]))
            ++i;
        const qsizetype chunk = i;
        while (i < n && !AsciiWordCache::isSeparator(s[i]))
            ++i;
        if (chunk == i)
            break;
        for (const auto &word :
             m_icu->asciiWords.segments(text.sliced(chunk, i - chunk), m_icu->words)) {
            // The same URL rule as the ICU loop in words().
            const qsizetype begin = chunk + qsizetype(word.begin);
            while (nextUrl < urls.size() && urls[nextUrl].second <= begin)
                ++nextUrl;
            if (nextUrl < urls.size() && urls[nextUrl].first <= begin)
                continue;
            ++count;
            if (onWord)
                onWord(text.sliced(begin, qsizetype(word.length)), word.letters);
        }
    }
    return count;
}

quint32 TextAnalyzer::graphemeCount(QStringView text)
{
    TextAnalyzer analyzer;
    return analyzer.analyze(text).graphemes;
}

bool TextAnalyzer::isOnlyUrls(QStringView text)
{
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    findUrls(text, spans);
    if (spans.empty())
        return false;
    qsizetype pos = 0;
    for (const auto &[begin, end] : spans) {
        if (!text.sliced(pos, begin - pos).trimmed().isEmpty())
            return false;
        pos = end;
    }
    return text.sliced(pos).trimmed().isEmpty();
}

QString TextAnalyzer::emojiKey(QStringView emoji)
{
    QString key = emoji.toString();
    const auto *s = reinterpret_cast<const char16_t *>(emoji.utf16());
    const auto n = int32_t(emoji.size());
    int32_t i = 0;
    UChar32 first = 0;
    U16_NEXT(s, i, n, first);
    if (i == n && !u_hasBinaryProperty(first, UCHAR_EMOJI_PRESENTATION))
        key.append(QChar(char16_t(kVs16)));
    return key;
}

} // namespace idiolect
