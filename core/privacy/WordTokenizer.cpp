// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordTokenizer.h"

#include <QChar>

#include <array>

namespace idiolect {

namespace {

constexpr quint32 kFnvOffset = 2166136261u;
constexpr quint32 kFnvPrime = 16777619u;

inline quint32 mix(quint32 h, char16_t unit)
{
    return (h ^ unit) * kFnvPrime;
}

char32_t codePointAt(QStringView text, qsizetype i, int *units)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *units = 1;
    return c.unicode();
}

// Base letter of the precomposed Latin letters U+00C0..U+024F ("é" → 'e'), 0 if none;
// the same result as NFD followed by dropping the marks.
const std::array<char16_t, 0x190> &latinBases()
{
    static const std::array<char16_t, 0x190> table = [] {
        std::array<char16_t, 0x190> t{};
        for (char16_t c = 0xC0; c < 0x250; ++c) {
            QString plain;
            WordTokenizer::stripAccents(QString(QChar(c)), &plain);
            if (plain.size() == 1 && plain[0].unicode() != c)
                t[c - 0xC0] = plain[0].unicode();
        }
        return t;
    }();
    return table;
}

} // namespace

bool WordTokenizer::isWordChar(char32_t ch)
{
    if (ch < 0x80)
        return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
    return QChar::isLetter(ch) || QChar::isMark(ch);
}

bool WordTokenizer::isUnspacedScript(char32_t ch)
{
    if (ch < 0x0E00)
        return false;
    switch (QChar::script(ch)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan: return true;
    default: return false;
    }
}

quint32 WordTokenizer::hash(QStringView folded)
{
    quint32 h = kFnvOffset;
    for (QChar c : folded)
        h = mix(h, c.unicode());
    return h;
}

bool WordTokenizer::next(WordToken *token)
{
    const char16_t *data = reinterpret_cast<const char16_t *>(m_text.data());
    const qsizetype n = m_text.size();
    int units = 1;
    // Skip separators (ASCII fast path).
    while (m_pos < n) {
        const char16_t u = data[m_pos];
        if (u < 0x80) {
            if ((u | 0x20) >= u'a' && (u | 0x20) <= u'z')
                break;
            ++m_pos;
            continue;
        }
        const char32_t ch = codePointAt(m_text, m_pos, &units);
        if (isWordChar(ch) && !QChar::isMark(ch))
            break;
        m_pos += units;
    }
    if (m_pos >= n)
        return false;
    *token = WordToken{};
    token->start = qint32(m_pos);
    quint32 h = kFnvOffset;
    quint32 previous = kFnvOffset;
    quint32 plain = kFnvOffset;
    bool first = true;
    while (m_pos < n) {
        const char16_t u = data[m_pos];
        if (u < 0x80) {
            const char16_t lower = u | 0x20;
            if (lower < u'a' || lower > u'z' || token->unspaced)
                break;
            previous = h;
            h = mix(h, lower);
            plain = mix(plain, lower);
            first = false;
            ++m_pos;
            continue;
        }
        const char32_t ch = codePointAt(m_text, m_pos, &units);
        if (!isWordChar(ch))
            break;
        token->nonAscii = true;
        const bool mark = QChar::isMark(ch);
        token->hasMark = token->hasMark || mark;
        if (!mark) {
            const bool unspaced = isUnspacedScript(ch);
            if (first)
                token->unspaced = unspaced;
            else if (unspaced != token->unspaced)
                break;
        }
        const char32_t folded = QChar::toCaseFolded(ch);
        previous = h;
        if (QChar::requiresSurrogates(folded)) {
            h = mix(mix(h, QChar::highSurrogate(folded)), QChar::lowSurrogate(folded));
            plain = mix(mix(plain, QChar::highSurrogate(folded)), QChar::lowSurrogate(folded));
        } else {
            h = mix(h, char16_t(folded));
            const char16_t base
                = folded >= 0xC0 && folded < 0x250 ? latinBases()[folded - 0xC0] : char16_t(0);
            plain = mix(plain, base ? base : char16_t(folded));
        }
        first = false;
        m_pos += units;
    }
    token->end = qint32(m_pos);
    token->hash = h;
    token->hashButLast = previous;
    token->plainHash = plain;
    return true;
}

void WordTokenizer::fold(QStringView word, bool hasMark, QString *out)
{
    out->resize(0);
    if (hasMark) {
        *out = word.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
        return;
    }
    const qsizetype n = word.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = word[i].unicode();
        if (c < 0x80) {
            out->append(QChar(c >= 'A' && c <= 'Z' ? char16_t(c | 0x20) : c));
            continue;
        }
        int units = 1;
        const char32_t folded = QChar::toCaseFolded(codePointAt(word, i, &units));
        if (QChar::requiresSurrogates(folded)) {
            out->append(QChar(QChar::highSurrogate(folded)));
            out->append(QChar(QChar::lowSurrogate(folded)));
        } else {
            out->append(QChar(char16_t(folded)));
        }
        i += units - 1;
    }
}

bool WordTokenizer::stripAccents(QStringView folded, QString *out)
{
    const QString decomposed = folded.toString().normalized(QString::NormalizationForm_D);
    out->resize(0);
    for (QChar c : decomposed) {
        if (!c.isMark())
            out->append(c);
    }
    return out->size() != folded.size() || *out != folded;
}

} // namespace idiolect
