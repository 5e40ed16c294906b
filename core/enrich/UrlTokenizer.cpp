// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrlTokenizer.h"

#include "TweetHosts.h"

#include <QChar>

namespace idiolect {

namespace {

bool isAsciiUrlChar(char32_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'-':
    case u'.':
    case u'_':
    case u'~':
    case u':':
    case u'/':
    case u'?':
    case u'#':
    case u'[':
    case u']':
    case u'@':
    case u'!':
    case u'$':
    case u'&':
    case u'\'':
    case u'(':
    case u')':
    case u'*':
    case u'+':
    case u',':
    case u';':
    case u'=':
    case u'%': return true;
    default: return false;
    }
}

// Scripts written without spaces between words: text glued to a URL is not part of it.
bool isUnspacedScript(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi: return true;
    default: return false;
    }
}

bool isUrlCodePoint(char32_t c)
{
    if (c < 0x80)
        return isAsciiUrlChar(c);
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF))
        return false; // variation selectors belong to the emoji before them
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining: return !isUnspacedScript(QChar::script(c));
    default: return false;
    }
}

char32_t codePointAt(QStringView text, qsizetype i, int *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

// Start of "http://" or "https://" (any case) inside run, or -1.
qsizetype schemeStart(QStringView run)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = run.indexOf(u"http", from, Qt::CaseInsensitive);
        if (at < 0)
            return -1;
        QStringView rest = run.sliced(at + 4);
        if (rest.startsWith(u's', Qt::CaseInsensitive))
            rest = rest.sliced(1);
        if (rest.startsWith(u"://"))
            return at;
        from = at + 4;
    }
}

qsizetype trimmedLength(QStringView url)
{
    qsizetype n = url.size();
    while (n > 0) {
        const QChar c = url.at(n - 1);
        const QStringView head = url.first(n);
        if (QStringView(u".,:;!?'\"*").contains(c)) {
            --n;
        } else if (c == u')' && head.count(u')') > head.count(u'(')) {
            --n;
        } else if (c == u']' && head.count(u']') > head.count(u'[')) {
            --n;
        } else {
            break;
        }
    }
    return n;
}

void addCandidate(QStringView text, qsizetype runStart, qsizetype runEnd, std::vector<UrlSpan> &out)
{
    const QStringView run = text.sliced(runStart, runEnd - runStart);
    qsizetype start = schemeStart(run);
    bool hasScheme = start >= 0;
    qsizetype minLength = 0;
    if (hasScheme) {
        minLength = run.indexOf(u"://", start) - start + 4; // scheme, "://", one host char
    } else {
        start = 0;
        while (start < run.size() && !run.at(start).isLetterOrNumber())
            ++start;
        const qsizetype host = TweetHosts::bareHostLength(run.sliced(start));
        if (host == 0)
            return;
        minLength = host + 2; // host, "/", one path char
    }
    const qsizetype length = trimmedLength(run.sliced(start));
    if (length < minLength)
        return;
    out.push_back(UrlSpan{runStart + start, length, hasScheme});
}

} // namespace

bool UrlTokenizer::mayContainUrl(QStringView text)
{
    return text.contains(u'/') && text.contains(u'.');
}

std::vector<UrlSpan> UrlTokenizer::find(QStringView text)
{
    std::vector<UrlSpan> spans;
    if (!mayContainUrl(text))
        return spans;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        int units = 1;
        if (!isUrlCodePoint(codePointAt(text, i, &units))) {
            i += units;
            continue;
        }
        const qsizetype runStart = i;
        while (i < n && isUrlCodePoint(codePointAt(text, i, &units)))
            i += units;
        // Runs without "/" or "." cannot hold a URL; skip the work for ordinary words.
        const QStringView run = text.sliced(runStart, i - runStart);
        if (run.contains(u'/') && run.contains(u'.'))
            addCandidate(text, runStart, i, spans);
    }
    return spans;
}

} // namespace idiolect
