// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordTokenizer.h"

#include <QChar>

namespace idiolect {

namespace {

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

bool WordTokenizer::next(WordToken *token)
{
    const qsizetype n = m_text.size();
    int units = 1;
    // Skip separators.
    while (m_pos < n) {
        const char32_t ch = codePointAt(m_text, m_pos, &units);
        if (isWordChar(ch) && !QChar::isMark(ch))
            break;
        m_pos += units;
    }
    if (m_pos >= n)
        return false;
    *token = WordToken{};
    token->start = qint32(m_pos);
    bool first = true;
    while (m_pos < n) {
        const char32_t ch = codePointAt(m_text, m_pos, &units);
        if (!isWordChar(ch))
            break;
        if (ch >= 0x80) {
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
        } else if (token->unspaced) {
            break;
        }
        first = false;
        m_pos += units;
    }
    token->end = qint32(m_pos);
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
