// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IbanDetector.h"

#include "PiiRules.h"

#include <QHash>
#include <QString>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c.unicode() | 0x20) >= u'a' && (c.unicode() | 0x20) <= u'z';
}

} // namespace

int IbanDetector::ibanLength(QStringView cc)
{
    // IBAN registry (SWIFT, ISO 13616): country → total length.
    static const QHash<QString, int> lengths = [] {
        QHash<QString, int> h;
        const QStringView table
            = u"AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 "
              u"DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 "
              u"GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 "
              u"LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 "
              u"PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 "
              u"TL23 TN24 TR26 UA29 VA22 VG24 XK20"_s;
        for (QStringView entry : table.split(u' '))
            h.insert(entry.left(2).toString(), entry.mid(2).toInt());
        return h;
    }();
    return lengths.value(cc.toString().toUpper(), 0);
}

bool IbanDetector::mod97Valid(QStringView compact)
{
    if (compact.size() < 5)
        return false;
    int remainder = 0;
    const auto feed = [&](QChar c) {
        if (isAsciiDigit(c)) {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        } else {
            const int v = (c.unicode() | 0x20) - u'a' + 10;
            remainder = (remainder * 100 + v) % 97;
        }
    };
    for (QChar c : compact.mid(4))
        feed(c);
    for (QChar c : compact.left(4))
        feed(c);
    return remainder == 1;
}

void IbanDetector::detect(QStringView text, const ScanContext &, std::vector<PiiHit> &out) const
{
    const qsizetype n = text.size();
    QString compact;
    for (qsizetype i = 0; i + 4 < n; ++i) {
        if (!isAsciiLetter(text[i]) || !isAsciiLetter(text[i + 1]) || !isAsciiDigit(text[i + 2])
            || !isAsciiDigit(text[i + 3]) || (i > 0 && text[i - 1].isLetterOrNumber()))
            continue;
        const int length = ibanLength(text.mid(i, 2));
        if (length == 0)
            continue;
        compact.resize(0);
        qsizetype e = i;
        while (e < n && compact.size() < length) {
            const QChar c = text[e];
            if (isAsciiDigit(c) || isAsciiLetter(c)) {
                compact.append(c.toUpper());
                ++e;
            } else if ((c == u' ' || c == u'-') && e + 1 < n && text[e + 1].isLetterOrNumber()) {
                ++e;
            } else {
                break;
            }
        }
        if (compact.size() != length || (e < n && text[e].isLetterOrNumber()))
            continue;
        if (!mod97Valid(compact))
            continue;
        out.push_back(PiiHit{qint32(i), qint32(e - i), PiiKind::Iban, NamePart::None, 0.99f,
                             rules::IbanMod97, 0, compact});
        i = e - 1;
    }
}

} // namespace idiolect
