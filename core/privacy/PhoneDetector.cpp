// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneDetector.h"

#include "PhoneNumberSupport.h"
#include "PiiRules.h"

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

const PhoneNumberUtil &util()
{
    return PhoneNumberSupport::util();
}

} // namespace

PhoneDetector::PhoneDetector(const QString &region, const QStringList &extraRegions,
                             const QList<KnownNumber> &known)
{
    QStringList codes{region.toUpper()};
    for (const QString &r : extraRegions) {
        if (!codes.contains(r.toUpper()))
            codes.append(r.toUpper());
    }
    for (const QString &code : codes) {
        Region r;
        r.code = code.toStdString();
        util().GetNddPrefixForRegion(r.code, true, &r.nationalPrefix);
        r.nanpa = util().IsNANPACountry(r.code);
        m_regions.push_back(r);
    }
    for (const KnownNumber &k : known) {
        PhoneNumber number;
        if (util().Parse(k.e164.toStdString(), "ZZ", &number)
            != PhoneNumberUtil::NO_PARSING_ERROR) {
            const QString digits = PhoneNumberSupport::digitsOf(k.e164);
            if (digits.size() >= 6)
                m_known.insert(digits, k);
            continue;
        }
        const KnownNumber canonical{PhoneNumberSupport::e164(number), k.recipientId};
        std::string nsn;
        util().GetNationalSignificantNumber(number, &nsn);
        const QString national = QString::fromStdString(nsn);
        const QString cc = QString::number(number.country_code());
        std::string nationalFormat;
        util().Format(number, PhoneNumberUtil::NATIONAL, &nationalFormat);
        const QString forms[]
            = {cc + national, u"00"_s + cc + national,
               PhoneNumberSupport::digitsOf(QString::fromStdString(nationalFormat)),
               u"0"_s + national};
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
    // By country code, so numbers in unassigned or fictional ranges still name their country.
    std::string region;
    util().GetRegionCodeForCountryCode(number.country_code(), &region);
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
        // Between two digit groups: at most one space, or one separator with a space on
        // either side ("0151 / 2345678", "030 - 123 45"); two spaces alone end the number.
        int spaces = 0;
        int marks = 0;
        QChar leading[2];
        while (j < n) {
            const QChar ch = text[j];
            if (ch.isDigit()) {
                if (cluster.digits < 2)
                    leading[cluster.digits] = ch;
                ++cluster.digits;
                lastDigitEnd = j + 1;
                spaces = 0;
                marks = 0;
            } else if (ch == u'+' && j == i) {
                cluster.international = true;
            } else if (PhoneNumberSupport::isSeparator(ch.unicode())) {
                if (ch.isSpace() ? ++spaces > 2 || (spaces == 2 && marks == 0) : ++marks > 1)
                    break;
            } else {
                break;
            }
            ++j;
        }
        cluster.end = qint32(lastDigitEnd);
        cluster.international = cluster.international || (leading[0] == u'0' && leading[1] == u'0');
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
        // The shortest numbers with an area code have seven digits, E.164 at most fifteen.
        const QStringView raw = text.mid(c.start, c.end - c.start);
        if (c.digits < 7 || isNonPhoneShape(raw))
            continue;
        bool found = false;
        // National numbers have at most twelve digits (a German mobile with its trunk "0");
        // longer runs without '+' are timestamps and ids, or two numbers written together.
        const bool nationalLength = c.international || c.digits <= 12;
        for (size_t r = 0; r < m_regions.size() && !found && nationalLength; ++r) {
            if (r > 0 && c.international)
                break; // "+..." numbers do not depend on the region
            found = fitsRegion(raw, c, m_regions[r])
                && matchParsed(text, c, m_regions[r], r == 0 ? 0.95f : 0.85f,
                               r == 0 ? rules::PhoneValid : rules::PhoneValidOtherRegion, out);
        }
        if (!found)
            found = matchPossible(text, c, out);
        // Two numbers, or a number and stray digits, written as one cluster.
        if (!found && c.digits >= 12)
            found = matchInContext(text, c, m_regions.front().code, 0.9f, rules::PhoneValid, out);
        if (!found)
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
                qint32 start = s;
                if (start > c.start && text[start - 1] == u'(')
                    --start; // "(415) 555-0132"
                out.push_back(PiiHit{start, e + 1 - start, PiiKind::Phone, NamePart::None, 1.0f,
                                     rules::PhoneContact, it->recipientId, it->e164});
                return true;
            }
        }
    }
    return false;
}

} // namespace idiolect
