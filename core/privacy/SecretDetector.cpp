// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretDetector.h"

#include "PiiRules.h"

#include <QString>

namespace idiolect {

namespace {

bool isKeyChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'-' || u == u'_' || u == u'.';
}

bool allKeyBody(QStringView s, bool upperOnly)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = upperOnly ? ((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
                                  : (isKeyChar(c) && u != u'.');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool SecretDetector::isKey(QStringView t)
{
    struct Prefix
    {
        QStringView prefix;
        int minBody;
    };
    static const Prefix prefixes[] = {
        {u"sk-", 20},   {u"AIza", 30},  {u"ghp_", 30},        {u"gho_", 30},   {u"ghu_", 30},
        {u"ghs_", 30},  {u"ghr_", 30},  {u"github_pat_", 30}, {u"glpat-", 20}, {u"xoxb-", 20},
        {u"xoxp-", 20}, {u"xoxa-", 20}, {u"xoxs-", 20},       {u"hf_", 30},    {u"AKIA", 16},
    };
    for (const Prefix &p : prefixes) {
        if (t.startsWith(p.prefix) && t.size() - p.prefix.size() >= p.minBody)
            return allKeyBody(t.mid(p.prefix.size()), p.prefix == u"AKIA");
    }
    // JSON Web Token: three base64url parts, the first a JSON object ("eyJ").
    if (t.startsWith(u"eyJ") && t.size() >= 40 && t.count(u'.') == 2)
        return true;
    return false;
}

void SecretDetector::detect(QStringView text, const ScanContext &, std::vector<PiiHit> &out) const
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isKeyChar(text[i])) {
            ++i;
            continue;
        }
        qsizetype e = i;
        while (e < n && isKeyChar(text[e]))
            ++e;
        qsizetype end = e;
        while (end > i && text[end - 1] == u'.')
            --end;
        if (end - i >= 20 && isKey(text.mid(i, end - i)))
            out.push_back(PiiHit{qint32(i), qint32(end - i), PiiKind::Secret, NamePart::None, 0.95f,
                                 rules::SecretApiKey, 0, text.mid(i, end - i).toString()});
        i = e;
    }
}

} // namespace idiolect
