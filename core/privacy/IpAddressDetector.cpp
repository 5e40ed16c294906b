// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpAddressDetector.h"

#include "PiiRules.h"

#include <QHostAddress>

namespace idiolect {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool versionBefore(QStringView text, qsizetype start)
{
    if (start > 0 && (text[start - 1] == u'v' || text[start - 1] == u'V'))
        return true;
    const qsizetype from = qMax<qsizetype>(0, start - 12);
    const QStringView before = text.mid(from, start - from);
    return before.contains(u"version", Qt::CaseInsensitive)
        || before.contains(u"ver.", Qt::CaseInsensitive)
        || before.contains(u"build", Qt::CaseInsensitive);
}

} // namespace

void IpAddressDetector::detect(QStringView text, const ScanContext &,
                               std::vector<PiiHit> &out) const
{
    bool dot = false;
    bool colon = false;
    for (QChar c : text) {
        dot = dot || c == u'.';
        colon = colon || c == u':' || c == u'-';
    }
    if (dot)
        detectV4(text, out);
    if (colon)
        detectColonForms(text, out);
}

void IpAddressDetector::detectV4(QStringView text, std::vector<PiiHit> &out)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isAsciiDigit(text[i])
            || (i > 0
                && (isAsciiDigit(text[i - 1]) || text[i - 1] == u'.' || text[i - 1].isLetter()))) {
            ++i;
            continue;
        }
        qsizetype p = i;
        int octets = 0;
        bool ok = true;
        while (octets < 4) {
            qsizetype q = p;
            int value = 0;
            while (q < n && isAsciiDigit(text[q]) && q - p < 4) {
                value = value * 10 + (text[q].unicode() - u'0');
                ++q;
            }
            if (q == p || q - p > 3 || value > 255) {
                ok = false;
                break;
            }
            ++octets;
            p = q;
            if (octets < 4) {
                if (p + 1 >= n || text[p] != u'.' || !isAsciiDigit(text[p + 1])) {
                    ok = false;
                    break;
                }
                ++p;
            }
        }
        // Not part of a longer dotted number ("1.2.3.4.5") or a word.
        if (ok && p < n
            && (isAsciiDigit(text[p]) || text[p].isLetter()
                || (text[p] == u'.' && p + 1 < n && isAsciiDigit(text[p + 1]))))
            ok = false;
        if (ok && !versionBefore(text, i)) {
            out.push_back(PiiHit{qint32(i), qint32(p - i), PiiKind::IpAddress, NamePart::None, 0.9f,
                                 rules::IpV4, 0, text.mid(i, p - i).toString()});
            i = p;
            continue;
        }
        while (i < n && (isAsciiDigit(text[i]) || text[i] == u'.'))
            ++i;
    }
}

void IpAddressDetector::detectColonForms(QStringView text, std::vector<PiiHit> &out)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!(isHex(text[i]) || text[i] == u':')
            || (i > 0 && (text[i - 1].isLetterOrNumber() || text[i - 1] == u':'))) {
            ++i;
            continue;
        }
        qsizetype e = i;
        int colons = 0;
        int dashes = 0;
        bool hexLetter = false;
        while (e < n && (isHex(text[e]) || text[e] == u':' || text[e] == u'-' || text[e] == u'.')) {
            colons += text[e] == u':';
            dashes += text[e] == u'-';
            hexLetter = hexLetter || (isHex(text[e]) && !isAsciiDigit(text[e]));
            ++e;
        }
        while (e > i && (text[e - 1] == u'.' || text[e - 1] == u'-'))
            --e;
        const QStringView candidate = text.mid(i, e - i);
        const bool boundary = e >= n || !text[e].isLetterOrNumber();
        // MAC: 17 characters, six hex pairs, one separator used consistently.
        if (boundary && candidate.size() == 17 && (colons == 5 || dashes == 5)) {
            const QChar sep = colons == 5 ? u':' : u'-';
            bool mac = true;
            for (qsizetype k = 0; k < 17 && mac; ++k)
                mac = (k % 3 == 2) ? candidate[k] == sep : isHex(candidate[k]);
            if (mac) {
                out.push_back(PiiHit{qint32(i), 17, PiiKind::IpAddress, NamePart::None, 0.9f,
                                     rules::MacAddress, 0, candidate.toString().toLower()});
                i = e;
                continue;
            }
        }
        const auto hexDigits = std::count_if(candidate.begin(), candidate.end(), isHex);
        if (boundary && colons >= 2 && dashes == 0 && hexDigits >= 2
            && (hexLetter || candidate.contains(u"::"))) {
            QHostAddress address;
            if (address.setAddress(candidate.toString())
                && address.protocol() == QAbstractSocket::IPv6Protocol) {
                out.push_back(PiiHit{qint32(i), qint32(e - i), PiiKind::IpAddress, NamePart::None,
                                     0.9f, rules::IpV6, 0, candidate.toString().toLower()});
            }
        }
        i = qMax(e, i + 1);
    }
}

} // namespace idiolect
