// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyOperator.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QString privacyOperatorName(PrivacyOperator op)
{
    switch (op) {
    case PrivacyOperator::Pseudonymize: return u"pseudonymize"_s;
    case PrivacyOperator::Redact: return u"redact"_s;
    case PrivacyOperator::Mask: return u"mask"_s;
    case PrivacyOperator::Keep: return u"keep"_s;
    case PrivacyOperator::DropMessage: return u"drop_message"_s;
    case PrivacyOperator::KeepDomain: return u"keep_domain"_s;
    }
    return {};
}

std::optional<PrivacyOperator> privacyOperatorFromName(QStringView name)
{
    for (auto op :
         {PrivacyOperator::Pseudonymize, PrivacyOperator::Redact, PrivacyOperator::Mask,
          PrivacyOperator::Keep, PrivacyOperator::DropMessage, PrivacyOperator::KeepDomain}) {
        if (privacyOperatorName(op) == name)
            return op;
    }
    return std::nullopt;
}

QString nameStyleName(NameStyle style)
{
    return style == NameStyle::Realistic ? u"realistic"_s : u"numbered"_s;
}

std::optional<NameStyle> nameStyleFromName(QStringView name)
{
    if (name == u"realistic")
        return NameStyle::Realistic;
    if (name == u"numbered")
        return NameStyle::Numbered;
    return std::nullopt;
}

QString keywordActionName(KeywordAction action)
{
    return action == KeywordAction::Flag ? u"flag"_s : u"drop_message"_s;
}

std::optional<KeywordAction> keywordActionFromName(QStringView name)
{
    if (name == u"flag")
        return KeywordAction::Flag;
    if (name == u"drop_message" || name == u"drop")
        return KeywordAction::DropMessage;
    return std::nullopt;
}

} // namespace idiolect
