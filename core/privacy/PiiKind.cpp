// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PiiKind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace idiolect {

QString piiKindName(PiiKind kind)
{
    switch (kind) {
    case PiiKind::Name: return u"name"_s;
    case PiiKind::Phone: return u"phone"_s;
    case PiiKind::Email: return u"email"_s;
    case PiiKind::Url: return u"url"_s;
    case PiiKind::IpAddress: return u"ip_address"_s;
    case PiiKind::PaymentCard: return u"payment_card"_s;
    case PiiKind::Iban: return u"iban"_s;
    case PiiKind::Address: return u"address"_s;
    case PiiKind::Secret: return u"secret"_s;
    case PiiKind::Keyword: return u"keyword"_s;
    }
    return {};
}

std::optional<PiiKind> piiKindFromName(QStringView name)
{
    for (PiiKind kind : kAllPiiKinds) {
        if (piiKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString piiKindLabel(PiiKind kind)
{
    switch (kind) {
    case PiiKind::Name: return QCoreApplication::translate("idiolect", "Name");
    case PiiKind::Phone: return QCoreApplication::translate("idiolect", "Phone number");
    case PiiKind::Email: return QCoreApplication::translate("idiolect", "E-mail address");
    case PiiKind::Url: return QCoreApplication::translate("idiolect", "Link");
    case PiiKind::IpAddress: return QCoreApplication::translate("idiolect", "IP address");
    case PiiKind::PaymentCard: return QCoreApplication::translate("idiolect", "Payment card");
    case PiiKind::Iban: return QCoreApplication::translate("idiolect", "IBAN");
    case PiiKind::Address: return QCoreApplication::translate("idiolect", "Street address");
    case PiiKind::Secret: return QCoreApplication::translate("idiolect", "Secret");
    case PiiKind::Keyword: return QCoreApplication::translate("idiolect", "Sensitive keyword");
    }
    return {};
}

QString piiKindToken(PiiKind kind)
{
    switch (kind) {
    case PiiKind::Name: return u"PERSON"_s;
    case PiiKind::Phone: return u"PHONE"_s;
    case PiiKind::Email: return u"EMAIL"_s;
    case PiiKind::Url: return u"URL"_s;
    case PiiKind::IpAddress: return u"IP_ADDRESS"_s;
    case PiiKind::PaymentCard: return u"CREDIT_CARD"_s;
    case PiiKind::Iban: return u"IBAN"_s;
    case PiiKind::Address: return u"ADDRESS"_s;
    case PiiKind::Secret: return u"SECRET"_s;
    case PiiKind::Keyword: return u"KEYWORD"_s;
    }
    return {};
}

int piiKindPriority(PiiKind kind)
{
    switch (kind) {
    case PiiKind::Secret: return 10;
    case PiiKind::Email: return 9;
    case PiiKind::Url: return 8;
    case PiiKind::Iban: return 7;
    case PiiKind::PaymentCard: return 7;
    case PiiKind::Phone: return 6;
    case PiiKind::IpAddress: return 5;
    case PiiKind::Address: return 4;
    case PiiKind::Name: return 3;
    case PiiKind::Keyword: return 0;
    }
    return 0;
}

} // namespace idiolect
