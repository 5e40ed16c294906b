// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneDetector.h"

#include "PiiRules.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <mutex>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;
using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

const PhoneNumberUtil &util()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // libphonenumber logs parse failures to stdout by default; we never want that.
        PhoneNumberUtil::GetInstance()->SetLogger(new i18n::phonenumbers::NullLogger());
    });
    return *PhoneNumberUtil::GetInstance();
}

bool isPhoneSeparator(char16_t c)
{
    switch (c) {
    case u' ':
    case u'-':
    case u'.':
    case u'/':
    case u'(':
    case u')':
    case 0x00A0:
    case 0x202F:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013: return true;
    default: return false;
    }
}

// libphonenumber works on UTF-8; its offsets are bytes. Map them back to UTF-16 units.
qint32 utf16Offset(QStringView s, int byteOffset)
{
    int bytes = 0;
    qsizetype i = 0;
    while (i < s.size() && bytes < byteOffset) {
        const char16_t u = s[i].unicode();
        if (u < 0x80) {
            bytes += 1;
        } else if (u < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(u) && i + 1 < s.size()
                   && QChar::isLowSurrogate(s[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
        ++i;
    }
    return qint32(i);
}

QString digitsOf(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
    }
    return out;
}

QString e164Of(const PhoneNumber &number)
{
    std::string formatted;
    util().Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

// Labels that make a national-format digit string an identifier, not a phone number.
bool hasNegativeContext(QStringView text, qint32 start)
{
    if (start > 0) {
        const QChar before = text[start - 1];
        if (before.isLetterOrNumber() || before == u'#' || before == QChar(0x2116))
            return true;
    }
    const qint32 from = qMax(0, start - 32);
    const QString context = text.mid(from, start - from).toString().toCaseFolded();
    static const QStringView labels[]
        = {u"order",  u"bestell",  u"rechnung", u"invoice",  u"tracking", u"sendung",
           u"kunden", u"customer", u"ticket",   u"referen",  u"vorgang",  u"aktenzeichen",
           u"konto",  u"account",  u"auftrag",  u"transakt", u"transact", u"serial",
           u"serien", u"artikel",  u"isbn",     u"iban",     u"bic",      u"steuer",
           u"tax",    u"paket",    u"parcel",   u"booking",  u"buchung",  u"flug",
           u"flight", u"version",  u"build",    u"pnr",      u"sku",      u"ean"};
    for (QStringView label : labels) {
        if (context.contains(label))
            return true;
    }
    return false;
}

} // namespace

PhoneDetector::PhoneDetector(const QString &region, const QStringList &extraRegions,
                             const QList<KnownNumber> &known)
    : m_region(region.toUpper().toStdString())
{
    for (const QString &r : extraRegions) {
        const std::string code = r.toUpper().toStdString();
        if (code != m_region
            && std::find(m_extraRegions.begin(), m_extraRegions.end(), code)
                == m_extraRegions.end())
            m_extraRegions.push_back(code);
    }
    for (const KnownNumber &k : known) {
        PhoneNumber number;
        if (util().Parse(k.e164.toStdString(), "ZZ", &number)
            != PhoneNumberUtil::NO_PARSING_ERROR) {
            const QString digits = digitsOf(k.e164);
            if (digits.size() >= 6)
                m_known.insert(digits, k);
            continue;
        }
        const KnownNumber canonical{e164Of(number), k.recipientId};
        std::string nsn;
        util().GetNationalSignificantNumber(number, &nsn);
        const QString national = QString::fromStdString(nsn);
        const QString cc = QString::number(number.country_code());
        std::string nationalFormat;
        util().Format(number, PhoneNumberUtil::NATIONAL, &nationalFormat);
        const QString forms[]
            = {cc + national, u"00"_s + cc + national,
               digitsOf(QString::fromStdString(nationalFormat)), u"0"_s + national};
        for (const QString &form : forms) {
            if (form.size() >= 6 && !m_known.contains(form))
                m_known.insert(form, canonical);
        }
        if (national.size() >= 7 && !m_known.contains(national))
            m_known.insert(national, canonical);
    }
}

bool PhoneDetector::isSupportedRegion(const QString &region)
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    return regions.count(region.toUpper().toStdString()) > 0;
}

QString PhoneDetector::regionOfNumber(const QString &e164)
{
    PhoneNumber number;
    if (util().Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

void PhoneDetector::findClusters(QStringView text, std::vector<Cluster> &out)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (!c.isDigit() && !((c == u'+' || c == u'(') && i + 1 < n && text[i + 1].isDigit())) {
            ++i;
            continue;
        }
        Cluster cluster;
        cluster.start = qint32(i);
        qsizetype j = i;
        qsizetype lastDigitEnd = i;
        int spaces = 0;
        QString leading;
        while (j < n) {
            const QChar ch = text[j];
            if (ch.isDigit()) {
                ++cluster.digits;
                if (leading.size() < 2)
                    leading.append(ch);
                lastDigitEnd = j + 1;
                spaces = 0;
            } else if (ch == u'+' && j == i) {
                cluster.international = true;
            } else if (isPhoneSeparator(ch.unicode())) {
                if (ch.isSpace() && ++spaces > 1)
                    break;
            } else {
                break;
            }
            ++j;
        }
        cluster.end = qint32(lastDigitEnd);
        cluster.international = cluster.international || leading == u"00";
        if (cluster.digits >= 6 && cluster.digits <= 24)
            out.push_back(cluster);
        i = qMax(j, i + 1);
    }
}

void PhoneDetector::detect(QStringView text, const ScanContext &, std::vector<PiiHit> &out) const
{
    thread_local std::vector<Cluster> clusters;
    clusters.clear();
    findClusters(text, clusters);
    for (const Cluster &c : clusters) {
        if (matchKnown(text, c, out))
            continue;
        if (matchRegion(text, c, m_region, 0.95f, rules::PhoneValid, out))
            continue;
        bool found = false;
        if (!c.international) {
            for (const std::string &region : m_extraRegions) {
                if (matchRegion(text, c, region, 0.85f, rules::PhoneValidOtherRegion, out)) {
                    found = true;
                    break;
                }
            }
        }
        if (!found && !matchPossible(text, c, out))
            matchPossibleNational(text, c, out);
    }
}

bool PhoneDetector::matchKnown(QStringView text, const Cluster &c, std::vector<PiiHit> &out) const
{
    if (m_known.isEmpty())
        return false;
    // Try every digit group start, so "am 12.05. 0151 2345678" still finds the number.
    for (qint32 s = c.start; s < c.end; ++s) {
        const QChar ch = text[s];
        const bool groupStart = (ch.isDigit() || ch == u'+')
            && (s == c.start || !text[s - 1].isDigit()) && !(s > c.start && text[s - 1] == u'+');
        if (!groupStart)
            continue;
        QString digits;
        for (qint32 e = s; e < c.end; ++e) {
            if (!text[e].isDigit())
                continue;
            digits.append(QChar(u'0' + text[e].digitValue()));
            const bool groupEnd = e + 1 == c.end || !text[e + 1].isDigit();
            if (!groupEnd || digits.size() < 6)
                continue;
            const auto it = m_known.constFind(digits);
            if (it != m_known.constEnd()) {
                out.push_back(PiiHit{s, e + 1 - s, PiiKind::Phone, NamePart::None, 1.0f,
                                     rules::PhoneContact, it->recipientId, it->e164});
                return true;
            }
        }
    }
    return false;
}

bool PhoneDetector::matchRegion(QStringView text, const Cluster &c, const std::string &region,
                                float confidence, QLatin1StringView rule,
                                std::vector<PiiHit> &out) const
{
    qint32 from = qMax(0, c.start - 16);
    qint32 to = qMin(qint32(text.size()), c.end + 16);
    if (from > 0 && text[from].isLowSurrogate())
        --from;
    if (to < text.size() && text[to].isLowSurrogate())
        ++to;
    const QStringView window = text.mid(from, to - from);
    const std::string utf8 = window.toString().toStdString();
    PhoneNumberMatcher matcher(util(), utf8, region, PhoneNumberMatcher::VALID, 16);
    bool found = false;
    PhoneNumberMatch match;
    while (matcher.HasNext()) {
        matcher.Next(&match);
        const qint32 start = from + utf16Offset(window, match.start());
        const qint32 end = from + utf16Offset(window, match.start() + match.length());
        if (end <= c.start || start >= c.end)
            continue;
        const bool international = !match.raw_string().empty()
            && (match.raw_string()[0] == '+' || match.raw_string().rfind("00", 0) == 0);
        if (!international && hasNegativeContext(text, start))
            continue;
        out.push_back(PiiHit{start, end - start, PiiKind::Phone, NamePart::None, confidence, rule,
                             0, e164Of(match.number())});
        found = true;
    }
    return found;
}

bool PhoneDetector::matchPossible(QStringView text, const Cluster &c,
                                  std::vector<PiiHit> &out) const
{
    if (!c.international || c.digits < 8)
        return false;
    PhoneNumber number;
    const std::string raw = text.mid(c.start, c.end - c.start).toString().toStdString();
    const std::string region = text[c.start] == u'+' ? std::string("ZZ") : m_region;
    if (util().Parse(raw, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util().IsPossibleNumber(number))
        return false;
    out.push_back(PiiHit{c.start, c.end - c.start, PiiKind::Phone, NamePart::None, 0.7f,
                         rules::PhonePossibleInternational, 0, e164Of(number)});
    return true;
}

bool PhoneDetector::matchPossibleNational(QStringView text, const Cluster &c,
                                          std::vector<PiiHit> &out) const
{
    // Only the shape people write national numbers in: "07700 900461", "0170-9876543".
    if (c.international || c.digits < 10 || c.digits > 12 || text[c.start] != u'0')
        return false;
    const QStringView raw = text.mid(c.start, c.end - c.start);
    if (raw.contains(u'.') || !(raw.contains(u' ') || raw.contains(u'-') || raw.contains(u'/')))
        return false;
    if (hasNegativeContext(text, c.start))
        return false;
    const std::string utf8 = raw.toString().toStdString();
    std::vector<std::string> regions{m_region};
    regions.insert(regions.end(), m_extraRegions.begin(), m_extraRegions.end());
    for (const std::string &region : regions) {
        PhoneNumber number;
        if (util().Parse(utf8, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR
            || !util().IsPossibleNumber(number))
            continue;
        out.push_back(PiiHit{c.start, c.end - c.start, PiiKind::Phone, NamePart::None, 0.6f,
                             rules::PhonePossibleNational, 0, e164Of(number)});
        return true;
    }
    return false;
}

} // namespace idiolect
