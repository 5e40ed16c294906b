// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrlDetector.h"

#include "PiiRules.h"

namespace idiolect {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c.unicode() | 0x20) >= u'a' && (c.unicode() | 0x20) <= u'z';
}

qsizetype linkEnd(QStringView text, qsizetype from)
{
    qsizetype e = from;
    int parens = 0;
    while (e < text.size()) {
        const QChar c = text[e];
        if (c.isSpace() || c == u'<' || c == u'>' || c == u'"' || c == QChar(0x201C)
            || c == QChar(0x201D))
            break;
        if (c == u'(')
            ++parens;
        else if (c == u')')
            --parens;
        ++e;
    }
    // Sentence punctuation after a link is not part of it.
    while (e > from) {
        const QChar c = text[e - 1];
        if (c == u')' && parens < 0) {
            ++parens;
            --e;
            continue;
        }
        if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'\''
            || c == u']' || c == u'*' || c == QChar(0x2026)) {
            --e;
            continue;
        }
        break;
    }
    return e;
}

} // namespace

void UrlDetector::detect(QStringView text, const ScanContext &, std::vector<PiiHit> &out) const
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype scheme = text.indexOf(u"://", from);
        const qsizetype www = text.indexOf(u"www.", from, Qt::CaseInsensitive);
        if (scheme < 0 && www < 0)
            return;
        qsizetype start = -1;
        qsizetype bodyStart = -1;
        QLatin1StringView rule = rules::UrlScheme;
        if (scheme >= 0 && (www < 0 || scheme < www)) {
            start = scheme;
            while (start > 0 && (isAsciiLetter(text[start - 1]) || text[start - 1] == u'+'))
                --start;
            bodyStart = scheme + 3;
            if (start == scheme || bodyStart >= text.size() || text[bodyStart].isSpace()) {
                from = scheme + 3;
                continue;
            }
        } else {
            start = www;
            bodyStart = www + 4;
            rule = rules::UrlWww;
            if ((start > 0 && (text[start - 1].isLetterOrNumber() || text[start - 1] == u'.'))
                || bodyStart >= text.size() || !text[bodyStart].isLetterOrNumber()) {
                from = www + 4;
                continue;
            }
        }
        const qsizetype end = linkEnd(text, bodyStart);
        if (end > bodyStart) {
            out.push_back(PiiHit{qint32(start), qint32(end - start), PiiKind::Url, NamePart::None,
                                 0.99f, rule, 0, text.mid(start, end - start).toString()});
        }
        from = qMax(end, bodyStart);
    }
}

QString UrlDetector::schemeAndHost(QStringView url)
{
    qsizetype hostStart = 0;
    const qsizetype scheme = url.indexOf(u"://");
    if (scheme >= 0)
        hostStart = scheme + 3;
    qsizetype hostEnd = hostStart;
    while (hostEnd < url.size() && url[hostEnd] != u'/' && url[hostEnd] != u'?'
           && url[hostEnd] != u'#')
        ++hostEnd;
    QStringView authority = url.mid(hostStart, hostEnd - hostStart);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) // never keep "user:password@"
        authority = authority.mid(at + 1);
    if (authority.isEmpty())
        return {};
    return url.left(hostStart).toString() + authority.toString();
}

} // namespace idiolect
