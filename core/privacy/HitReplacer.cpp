// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HitReplacer.h"

#include "PiiScanner.h"
#include "PrivacyConfig.h"
#include "PseudonymMap.h"
#include "UrlDetector.h"

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString redacted(PiiKind kind, bool group)
{
    return group ? u"<GROUP>"_s : u'<' + piiKindToken(kind) + u'>';
}

// Replaces letters and digits by '*' except @p keepHead at the start and @p keepTail at the end.
QString maskAlnum(QStringView s, int keepHead, int keepTail)
{
    int total = 0;
    for (QChar c : s)
        total += c.isLetterOrNumber();
    QString out;
    out.reserve(s.size());
    int seen = 0;
    for (QChar c : s) {
        if (!c.isLetterOrNumber()) {
            out.append(c);
            continue;
        }
        ++seen;
        out.append(seen <= keepHead || seen > total - keepTail ? c : QChar(u'*'));
    }
    return out;
}

} // namespace

HitReplacer::HitReplacer(const PrivacyConfig &config, PseudonymMap &map)
    : m_config(config), m_map(map)
{ }

QString HitReplacer::matchCase(const QString &replacement, QStringView original)
{
    bool upper = false;
    bool lower = false;
    int letters = 0;
    for (QChar c : original) {
        if (!c.isLetter())
            continue;
        ++letters;
        upper = upper || c.isUpper();
        lower = lower || c.isLower();
    }
    if (letters >= 2 && upper && !lower)
        return replacement.toUpper();
    if (letters >= 1 && lower && !upper)
        return replacement.toLower();
    return replacement;
}

QString HitReplacer::mask(PiiKind kind, QStringView original)
{
    switch (kind) {
    case PiiKind::Phone: {
        // Keep "+49" (the country code group) and the last two digits.
        int head = 0;
        if (original.startsWith(u'+')) {
            for (qsizetype i = 1; i < original.size() && original[i].isDigit(); ++i)
                ++head;
            head = qMin(head, 3);
        }
        return maskAlnum(original, head, 2);
    }
    case PiiKind::Email: {
        const qsizetype at = original.indexOf(u'@');
        const qsizetype dot = original.lastIndexOf(u'.');
        if (at <= 0 || dot <= at)
            return maskAlnum(original, 1, 0);
        return original.left(1).toString() + u"***@"_s + original.mid(at + 1, 1).toString()
            + u"***"_s + original.mid(dot).toString();
    }
    case PiiKind::PaymentCard: return maskAlnum(original, 0, 4);
    case PiiKind::Iban: return maskAlnum(original, 2, 2);
    case PiiKind::Url: {
        const QString host = UrlDetector::schemeAndHost(original);
        return host.isEmpty() ? maskAlnum(original, 1, 0) : host + u"/***"_s;
    }
    case PiiKind::Name:
    case PiiKind::Address:
    case PiiKind::IpAddress:
    case PiiKind::Secret:
    case PiiKind::Keyword: return maskAlnum(original, 1, 0);
    }
    return maskAlnum(original, 1, 0);
}

QString HitReplacer::replace(const PiiHit &hit, QStringView original, const QString &label)
{
    const PrivacyOperator op = m_config.operatorFor(hit.kind);
    const bool group = hit.canonical.startsWith(u"group:");
    switch (op) {
    case PrivacyOperator::Keep:
    case PrivacyOperator::DropMessage: return original.toString();
    case PrivacyOperator::Redact: return redacted(hit.kind, group);
    case PrivacyOperator::Mask: return mask(hit.kind, original);
    case PrivacyOperator::KeepDomain:
        if (hit.kind == PiiKind::Url) {
            const QString host = UrlDetector::schemeAndHost(original);
            if (host.isEmpty() || hit.rule == PiiScanner::kPersonalHostRule)
                return redacted(hit.kind, false);
            return host.size() < original.size() ? host + u"/…"_s : host;
        }
        break;
    case PrivacyOperator::Pseudonymize: break;
    }
    if (hit.kind == PiiKind::Name) {
        const PseudonymMap::Entry &e = m_map.person(hit.canonical, label, group);
        const QString pseudonym = PseudonymMap::pseudonym(e, hit.part, m_config.nameStyle);
        return m_config.nameStyle == NameStyle::Realistic && !group ? matchCase(pseudonym, original)
                                                                    : pseudonym;
    }
    return PseudonymMap::pseudonym(m_map.value(hit.kind, hit.canonical), NamePart::None,
                                   m_config.nameStyle);
}

QString HitReplacer::replaceName(const QString &personKey, const QString &displayName, bool group)
{
    if (!m_config.isDetected(PiiKind::Name))
        return displayName;
    switch (m_config.operatorFor(PiiKind::Name)) {
    case PrivacyOperator::Keep: return displayName;
    case PrivacyOperator::Redact:
    case PrivacyOperator::DropMessage: return redacted(PiiKind::Name, group);
    case PrivacyOperator::Mask: return mask(PiiKind::Name, displayName);
    case PrivacyOperator::Pseudonymize:
    case PrivacyOperator::KeepDomain: break;
    }
    const PseudonymMap::Entry &e = m_map.person(personKey, displayName, group);
    return PseudonymMap::pseudonym(e, NamePart::Full, m_config.nameStyle);
}

} // namespace idiolect
