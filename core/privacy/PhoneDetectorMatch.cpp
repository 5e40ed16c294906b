// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PhoneDetector: deciding whether a digit cluster is a phone number.
#include "PhoneDetector.h"

#include "PhoneNumberSupport.h"
#include "PiiRules.h"

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

namespace idiolect {

namespace {

const PhoneNumberUtil &util()
{
    return PhoneNumberSupport::util();
}

/** Digit-group lengths and the one separator between them, if it is always the same. */
struct Groups
{
    int sizes[8] = {};
    int count = 0;
    QChar separator; ///< Null if mixed.
    bool mixed = false;
};

Groups groupsOf(QStringView raw)
{
    Groups g;
    int current = 0;
    for (QChar c : raw) {
        if (c.isDigit()) {
            ++current;
            continue;
        }
        if (current > 0 && g.count < 8)
            g.sizes[g.count++] = current;
        current = 0;
        if (g.separator.isNull())
            g.separator = c;
        else if (g.separator != c)
            g.mixed = true;
    }
    if (current > 0 && g.count < 8)
        g.sizes[g.count++] = current;
    return g;
}

} // namespace

bool PhoneDetector::isNonPhoneShape(QStringView raw)
{
    while (!raw.isEmpty() && !raw.front().isDigit()) // "(07.12.2019", "+1.2.3.4"
        raw = raw.mid(1);
    // A date, possibly followed by a time: 12.05.2024, 12/05/24, 2024-05-12 14:30.
    const Groups head = groupsOf(raw.left(10));
    if (head.count >= 3) {
        const qsizetype firstSep
            = std::find_if(raw.begin(), raw.end(), [](QChar c) { return !c.isDigit(); })
            - raw.begin();
        const QChar sep = raw[firstSep];
        const qsizetype secondSep = firstSep + 1 + head.sizes[1];
        const qsizetype afterDate = secondSep + 1 + head.sizes[2];
        // "06.12.34.56.78" continues with the same separator: French pairs, not a date.
        const bool sameSep = secondSep < raw.size() && raw[secondSep] == sep
            && !(afterDate < raw.size() && raw[afterDate] == sep);
        const bool dmy = head.sizes[0] <= 2 && head.sizes[1] <= 2
            && (head.sizes[2] == 2 || head.sizes[2] == 4);
        const bool ymd = head.sizes[0] == 4 && head.sizes[1] <= 2 && head.sizes[2] <= 2;
        if (sameSep && (sep == u'.' || sep == u'/' || sep == u'-') && (dmy || ymd))
            return true;
    }
    const Groups g = groupsOf(raw);
    if (g.mixed || g.count < 2)
        return false;
    const QChar sep = g.separator;
    if (sep == u'.') {
        // 192.168.0.1
        if (g.count == 4 && g.sizes[0] <= 3 && g.sizes[1] <= 3 && g.sizes[2] <= 3
            && g.sizes[3] <= 3)
            return true;
        // 1.234.567
        bool thousands = g.sizes[0] <= 3;
        for (int i = 1; i < g.count; ++i)
            thousands = thousands && g.sizes[i] == 3;
        if (thousands)
            return true;
    }
    return false;
}

bool PhoneDetector::fitsRegion(QStringView raw, const Cluster &c, const Region &region) const
{
    if (c.international)
        return true;
    QStringView digits = raw;
    while (!digits.isEmpty() && !digits.front().isDigit())
        digits = digits.mid(1);
    if (region.nanpa) // "(415) 867-5309", "1-415-867-5309"
        return c.digits == 10 || (c.digits == 11 && digits.startsWith(u'1'));
    if (!region.nationalPrefix.empty())
        return digits.startsWith(QLatin1StringView(region.nationalPrefix.c_str()));
    return true;
}

bool PhoneDetector::matchParsed(QStringView text, const Cluster &c, const Region &region,
                                float confidence, QLatin1StringView rule,
                                std::vector<PiiHit> &out) const
{
    const QStringView raw = text.mid(c.start, c.end - c.start);
    PhoneNumber number;
    if (util().Parse(raw.toString().toStdString(), region.code, &number)
            != PhoneNumberUtil::NO_PARSING_ERROR
        || !util().IsValidNumber(number))
        return false;
    if (!c.international && PhoneNumberSupport::hasNegativeContext(text, c.start))
        return false;
    if (c.end < text.size() && text[c.end].isLetter())
        return false; // "0301234567abc" is an identifier
    out.push_back(PiiHit{c.start, c.end - c.start, PiiKind::Phone, NamePart::None, confidence, rule,
                         0, PhoneNumberSupport::e164(number)});
    return true;
}

bool PhoneDetector::matchInContext(QStringView text, const Cluster &c, const std::string &region,
                                   float confidence, QLatin1StringView rule,
                                   std::vector<PiiHit> &out) const
{
    // A solid digit run is one number or none; only grouped clusters can hold two.
    if (std::all_of(text.begin() + c.start, text.begin() + c.end,
                    [](QChar x) { return x.isDigit(); }))
        return false;
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
        const qint32 start = from + PhoneNumberSupport::utf16Offset(window, match.start());
        const qint32 end
            = from + PhoneNumberSupport::utf16Offset(window, match.start() + match.length());
        if (end <= c.start || start >= c.end)
            continue;
        // A number never starts or ends inside a digit group.
        if ((start > 0 && text[start - 1].isDigit()) || (end < text.size() && text[end].isDigit()))
            continue;
        const bool international = !match.raw_string().empty()
            && (match.raw_string()[0] == '+' || match.raw_string().rfind("00", 0) == 0);
        if (!international && PhoneNumberSupport::hasNegativeContext(text, start))
            continue;
        out.push_back(PiiHit{start, end - start, PiiKind::Phone, NamePart::None, confidence, rule,
                             0, PhoneNumberSupport::e164(match.number())});
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
    const std::string region = text[c.start] == u'+' ? std::string("ZZ") : m_regions.front().code;
    if (util().Parse(raw, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util().IsPossibleNumber(number))
        return false;
    out.push_back(PiiHit{c.start, c.end - c.start, PiiKind::Phone, NamePart::None, 0.7f,
                         rules::PhonePossibleInternational, 0, PhoneNumberSupport::e164(number)});
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
    if (PhoneNumberSupport::hasNegativeContext(text, c.start))
        return false;
    const std::string utf8 = raw.toString().toStdString();
    for (const Region &region : m_regions) {
        PhoneNumber number;
        if (util().Parse(utf8, region.code, &number) != PhoneNumberUtil::NO_PARSING_ERROR
            || !util().IsPossibleNumber(number))
            continue;
        out.push_back(PiiHit{c.start, c.end - c.start, PiiKind::Phone, NamePart::None, 0.6f,
                             rules::PhonePossibleNational, 0, PhoneNumberSupport::e164(number)});
        return true;
    }
    return false;
}

} // namespace idiolect
