// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TermDetector: the value that follows a sensitive keyword ("password: hunter2").
#include "TermDetector.h"

#include "PiiRules.h"

namespace idiolect {

namespace {

// Verbs that introduce a value ("my PIN is 1234", "das Passwort lautet ...").
bool isIntroducingVerb(QStringView word)
{
    static const QStringView verbs[] = {u"is", u"was", u"ist", u"war", u"lautet", u"est",  u"es",
                                        u"è",  u"är",  u"is:", u"=",   u"equals", u"heißt"};
    for (QStringView v : verbs) {
        if (word.compare(v, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

qsizetype skipSpaces(QStringView text, qsizetype p, int max)
{
    while (p < text.size() && max-- > 0 && (text[p] == u' ' || text[p] == QChar(0x00A0)))
        ++p;
    return p;
}

qsizetype wordEnd(QStringView text, qsizetype p)
{
    while (p < text.size() && !text[p].isSpace())
        ++p;
    return p;
}

} // namespace

void TermDetector::labelledValue(QStringView text, qint32 after, bool wholeLine,
                                 std::vector<PiiHit> &out)
{
    qsizetype p = skipSpaces(text, after, 3);
    bool labelled = false;
    if (p < text.size() && (text[p] == u':' || text[p] == u'=')) {
        labelled = true;
        p = skipSpaces(text, p + 1, 3);
    } else {
        const qsizetype end = wordEnd(text, p);
        if (end > p && isIntroducingVerb(text.mid(p, end - p))) {
            p = skipSpaces(text, end, 3);
            if (p < text.size() && text[p] == u':')
                p = skipSpaces(text, p + 1, 3);
        }
    }
    // A seed or recovery phrase is many plain words: after a ':' the rest of the line is the secret.
    if (wholeLine && labelled) {
        qsizetype end = p;
        while (end < text.size() && text[end] != u'\n')
            ++end;
        while (end > p && text[end - 1].isSpace())
            --end;
        if (end - p >= 3)
            out.push_back(PiiHit{qint32(p), qint32(end - p), PiiKind::Secret, NamePart::None, 0.9f,
                                 rules::SecretLabelled, 0, text.mid(p, end - p).toString()});
        return;
    }
    qsizetype end = wordEnd(text, p);
    while (end > p) {
        const char16_t c = text[end - 1].unicode();
        if (c != u'.' && c != u',' && c != u';' && c != u'!' && c != u'?' && c != u')' && c != u'"'
            && c != u'\'' && c != QChar(0x201C) && c != QChar(0x201D))
            break;
        --end;
    }
    const qsizetype length = end - p;
    if (length < 3 || length > 64)
        return;
    bool digit = false;
    bool letter = false;
    bool symbol = false;
    for (QChar c : text.mid(p, length)) {
        digit = digit || c.isDigit();
        letter = letter || c.isLetter();
        symbol = symbol || (!c.isLetterOrNumber() && c != u'\'' && c != u'-' && c != QChar(0x2019));
    }
    // Values must look like codes: "PIN 4711", "is hunter2", "Passwort: Sommer!2024". After
    // ':' or '=' a mixed-case or long word counts too; "password: type it" does not.
    bool upper = false;
    bool lower = false;
    for (QChar c : text.mid(p, length)) {
        upper = upper || c.isUpper();
        lower = lower || c.isLower();
    }
    const bool codeLike = digit || (symbol && letter);
    if (!codeLike && !(labelled && ((upper && lower && !text[p].isUpper()) || length >= 8)))
        return;
    out.push_back(PiiHit{qint32(p), qint32(length), PiiKind::Secret, NamePart::None,
                         labelled ? 0.9f : 0.75f, rules::SecretLabelled, 0,
                         text.mid(p, length).toString()});
}

} // namespace idiolect
