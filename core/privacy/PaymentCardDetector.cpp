// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentCardDetector.h"

#include "PiiRules.h"

#include <QString>

namespace idiolect {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int prefix(QStringView digits, int n)
{
    int v = 0;
    for (int i = 0; i < n && i < digits.size(); ++i)
        v = v * 10 + (digits[i].unicode() - u'0');
    return v;
}

} // namespace

bool PaymentCardDetector::luhnValid(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - u'0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool PaymentCardDetector::knownIssuer(QStringView digits)
{
    const qsizetype len = digits.size();
    const int p1 = prefix(digits, 1);
    const int p2 = prefix(digits, 2);
    const int p3 = prefix(digits, 3);
    const int p4 = prefix(digits, 4);
    if (p1 == 4) // Visa
        return len == 13 || len == 16 || len == 19;
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) // Mastercard
        return len == 16;
    if (p2 == 34 || p2 == 37) // American Express
        return len == 15;
    if (p4 >= 2200 && p4 <= 2204) // Mir
        return len >= 16 && len <= 19;
    if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65) // Discover
        return len >= 16 && len <= 19;
    if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) // Diners Club
        return len >= 14 && len <= 19;
    if (p4 >= 3528 && p4 <= 3589) // JCB
        return len >= 16 && len <= 19;
    if (p2 == 62) // UnionPay
        return len >= 16 && len <= 19;
    if (p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893 || p4 == 6304 || p4 == 6759
        || (p4 >= 6761 && p4 <= 6763)) // Maestro
        return len >= 12 && len <= 19;
    return false;
}

void PaymentCardDetector::detect(QStringView text, const ScanContext &,
                                 std::vector<PiiHit> &out) const
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    QString digits;
    while (i < n) {
        if (!isAsciiDigit(text[i]) || (i > 0 && (text[i - 1].isLetterOrNumber()))) {
            ++i;
            continue;
        }
        // Collect digits with one consistent separator (space or dash) between groups.
        digits.resize(0);
        QChar separator;
        qsizetype e = i;
        qsizetype lastDigitEnd = i;
        while (e < n && digits.size() <= 19) {
            const QChar c = text[e];
            if (isAsciiDigit(c)) {
                digits.append(c);
                lastDigitEnd = e + 1;
                ++e;
                continue;
            }
            if ((c == u' ' || c == u'-') && (separator.isNull() || separator == c) && e + 1 < n
                && isAsciiDigit(text[e + 1])) {
                separator = c;
                ++e;
                continue;
            }
            break;
        }
        const bool boundary = lastDigitEnd >= n || !text[lastDigitEnd].isLetterOrNumber();
        if (boundary && digits.size() >= 12 && digits.size() <= 19 && knownIssuer(digits)
            && luhnValid(digits)) {
            out.push_back(PiiHit{qint32(i), qint32(lastDigitEnd - i), PiiKind::PaymentCard,
                                 NamePart::None, 0.95f, rules::CardLuhn, 0, digits});
        }
        i = qMax(lastDigitEnd, i + 1);
    }
}

} // namespace idiolect
