// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailDetector.h"

#include "PiiRules.h"

namespace idiolect {

namespace {

bool isLocalChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-'
        || c == u'\'';
}

bool isDomainChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'.';
}

} // namespace

bool EmailDetector::addressAround(QStringView text, qsizetype at, qsizetype *start, qsizetype *end)
{
    qsizetype s = at;
    while (s > 0 && isLocalChar(text[s - 1]))
        --s;
    while (s < at && (text[s] == u'.' || text[s] == u'\''))
        ++s;
    if (s == at)
        return false;
    qsizetype e = at + 1;
    while (e < text.size() && isDomainChar(text[e]))
        ++e;
    while (e > at + 1 && (text[e - 1] == u'.' || text[e - 1] == u'-'))
        --e;
    const QStringView domain = text.mid(at + 1, e - at - 1);
    const qsizetype lastDot = domain.lastIndexOf(u'.');
    if (lastDot <= 0)
        return false;
    const QStringView tld = domain.mid(lastDot + 1);
    if (tld.size() < 2)
        return false;
    for (QChar c : tld) {
        if (!c.isLetter())
            return false;
    }
    if (domain.contains(u".."))
        return false;
    *start = s;
    *end = e;
    return true;
}

void EmailDetector::detect(QStringView text, const ScanContext &, std::vector<PiiHit> &out) const
{
    qsizetype from = 0;
    qsizetype at = -1;
    while ((at = text.indexOf(u'@', from)) >= 0) {
        qsizetype start = 0;
        qsizetype end = 0;
        if (addressAround(text, at, &start, &end)) {
            out.push_back(PiiHit{qint32(start), qint32(end - start), PiiKind::Email, NamePart::None,
                                 0.99f, rules::EmailPattern, 0,
                                 text.mid(start, end - start).toString().toCaseFolded()});
            from = end;
        } else {
            from = at + 1;
        }
    }
}

} // namespace idiolect
