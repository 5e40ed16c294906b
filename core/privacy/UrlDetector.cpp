// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrlDetector.h"

#include "PiiRules.h"

#include <algorithm>

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

/** Top-level domains of links people paste without a scheme ("t.me/name", "instagram.com/x"). */
bool isCommonTld(QStringView tld)
{
    static const QStringView tlds[]
        = {u"com", u"org", u"net", u"de",  u"me",   u"io",   u"co",     u"uk",     u"fr",
           u"it",  u"es",  u"nl",  u"ch",  u"at",   u"be",   u"eu",     u"info",   u"dev",
           u"app", u"gg",  u"tv",  u"ly",  u"to",   u"us",   u"ca",     u"au",     u"ru",
           u"pl",  u"se",  u"no",  u"dk",  u"fi",   u"jp",   u"cn",     u"in",     u"br",
           u"ai",  u"cc",  u"gl",  u"xyz", u"link", u"page", u"social", u"online", u"site"};
    for (QStringView t : tlds) {
        if (tld.compare(t, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/**
 * Links without a scheme or "www.": a host of at least two labels with a common top-level
 * domain, right before a '/' and a path ("t.me/lena", "linkedin.com/in/x"). Only with a path:
 * a bare "example.com" names no one.
 */
void findBareLinks(QStringView text, std::vector<PiiHit> &out)
{
    const size_t before = out.size();
    for (qsizetype slash = text.indexOf(u'/'); slash > 0; slash = text.indexOf(u'/', slash + 1)) {
        if (slash + 1 >= text.size() || text[slash + 1].isSpace() || text[slash + 1] == u'/')
            continue;
        qsizetype start = slash;
        while (start > 0
               && (isAsciiLetter(text[start - 1]) || text[start - 1].isDigit()
                   || text[start - 1] == u'-' || text[start - 1] == u'.'))
            --start;
        if (start > 0
            && (text[start - 1].isLetterOrNumber() || text[start - 1] == u'/'
                || text[start - 1] == u'@' || text[start - 1] == u':'))
            continue; // part of a longer token, a path or an e-mail
        const QStringView host = text.mid(start, slash - start);
        const qsizetype dot = host.lastIndexOf(u'.');
        if (dot <= 0 || host.front() == u'.' || !isCommonTld(host.sliced(dot + 1)))
            continue;
        const bool covered
            = std::any_of(out.begin(), out.begin() + qsizetype(before), [&](const PiiHit &h) {
                  return h.kind == PiiKind::Url && h.start <= start && start < h.end();
              });
        if (covered)
            continue;
        const qsizetype end = linkEnd(text, slash + 1);
        if (end <= slash + 1)
            continue;
        out.push_back(PiiHit{qint32(start), qint32(end - start), PiiKind::Url, NamePart::None, 0.9f,
                             rules::UrlBare, 0, text.mid(start, end - start).toString()});
        slash = end - 1;
    }
}

} // namespace

void UrlDetector::detect(QStringView text, const ScanContext &, std::vector<PiiHit> &out) const
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype scheme = text.indexOf(u"://", from);
        const qsizetype www = text.indexOf(u"www.", from, Qt::CaseInsensitive);
        if (scheme < 0 && www < 0)
            break;
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
    findBareLinks(text, out);
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
