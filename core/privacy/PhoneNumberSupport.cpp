// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumberSupport.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumberutil.h>

#include <mutex>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace idiolect {

const PhoneNumberUtil &PhoneNumberSupport::util()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // libphonenumber logs parse failures to stdout by default; we never want that.
        PhoneNumberUtil::GetInstance()->SetLogger(new i18n::phonenumbers::NullLogger());
    });
    return *PhoneNumberUtil::GetInstance();
}

QString PhoneNumberSupport::e164(const PhoneNumber &number)
{
    std::string formatted;
    util().Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

bool PhoneNumberSupport::isSeparator(char16_t c)
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

qint32 PhoneNumberSupport::utf16Offset(QStringView s, int byteOffset)
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

QString PhoneNumberSupport::digitsOf(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
    }
    return out;
}

bool PhoneNumberSupport::hasNegativeContext(QStringView text, qint32 start)
{
    if (start > 0) {
        const QChar before = text[start - 1];
        if (before.isLetterOrNumber() || before == u'#' || before == QChar(0x2116))
            return true;
    }
    const qint32 from = qMax(0, start - 32);
    const QString context = text.mid(from, start - from).toString().toCaseFolded();
    // Words that make a number an order, account or tracking number. A label starts a word
    // ("Kundennummer", "Order #"); the short ones must be the whole word, so "I mean",
    // "Ausflug", "Taxi" and "building" label nothing.
    static const QStringView prefixes[] = {
        u"order",    u"bestell",  u"rechnung", u"invoice", u"tracking",     u"sendung", u"kunden",
        u"customer", u"ticket",   u"referen",  u"vorgang", u"aktenzeichen", u"konto",   u"account",
        u"auftrag",  u"transakt", u"transact", u"serial",  u"serien",       u"artikel", u"steuer",
        u"paket",    u"parcel",   u"booking",  u"buchung", u"flight",       u"version"};
    static const QStringView words[]
        = {u"isbn", u"iban", u"bic", u"tax", u"flug", u"build", u"pnr", u"sku", u"ean"};
    const auto wordStartsAt = [&](qsizetype at) {
        const QChar before = at > 0 ? context.at(at - 1) : (from > 0 ? text[from - 1] : u' ');
        return !before.isLetter();
    };
    const auto found = [&](QStringView label, bool whole) {
        for (qsizetype at = context.indexOf(label); at >= 0; at = context.indexOf(label, at + 1)) {
            const qsizetype end = at + label.size();
            if (wordStartsAt(at)
                && (!whole || end >= context.size() || !context.at(end).isLetter()))
                return true;
        }
        return false;
    };
    for (QStringView label : prefixes) {
        if (found(label, false))
            return true;
    }
    for (QStringView label : words) {
        if (found(label, true))
            return true;
    }
    return false;
}

} // namespace idiolect
