// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

/**
 * Stable identifiers of every detection rule (PiiHit::rule). They appear in the
 * report, the CLI JSON and docs/privacy.md; never rename one without updating both.
 */
namespace idiolect::rules {

inline constexpr QLatin1StringView NameContactFull{"name.contact_full"};
inline constexpr QLatin1StringView NameContact{"name.contact"};
inline constexpr QLatin1StringView NameAmbiguous{"name.contact_ambiguous"};
inline constexpr QLatin1StringView NamePossessive{"name.possessive"};
inline constexpr QLatin1StringView NamePrefixed{"name.prefixed"};
inline constexpr QLatin1StringView NameAccentFolded{"name.accent_folded"};
inline constexpr QLatin1StringView NameDiminutive{"name.diminutive"};
inline constexpr QLatin1StringView NameUnspaced{"name.unspaced_script"};
inline constexpr QLatin1StringView NameGroupTitle{"name.group_title"};
inline constexpr QLatin1StringView NameUser{"name.user_list"};
inline constexpr QLatin1StringView NameMention{"name.mention"};
inline constexpr QLatin1StringView NameUsername{"name.username"};
inline constexpr QLatin1StringView PhoneContact{"phone.contact_number"};
inline constexpr QLatin1StringView PhoneValid{"phone.valid"};
inline constexpr QLatin1StringView PhoneValidOtherRegion{"phone.valid_other_region"};
inline constexpr QLatin1StringView PhonePossibleInternational{"phone.possible_international"};
inline constexpr QLatin1StringView PhonePossibleNational{"phone.possible_national"};
inline constexpr QLatin1StringView EmailPattern{"email.pattern"};
inline constexpr QLatin1StringView UrlScheme{"url.scheme"};
inline constexpr QLatin1StringView UrlWww{"url.www"};
inline constexpr QLatin1StringView UrlBare{"url.bare"}; ///< "t.me/name": no scheme, no www.
inline constexpr QLatin1StringView IpV4{"ip.v4"};
inline constexpr QLatin1StringView IpV6{"ip.v6"};
inline constexpr QLatin1StringView MacAddress{"ip.mac"};
inline constexpr QLatin1StringView CardLuhn{"card.luhn_iin"};
inline constexpr QLatin1StringView IbanMod97{"iban.mod97"};
inline constexpr QLatin1StringView AddressStreetSuffix{"address.street_suffix"};
inline constexpr QLatin1StringView AddressStreetWord{"address.street_word"};
inline constexpr QLatin1StringView AddressNumberFirst{"address.number_first"};
inline constexpr QLatin1StringView SecretApiKey{"secret.api_key"};
inline constexpr QLatin1StringView SecretLabelled{"secret.labelled_value"};
inline constexpr QLatin1StringView KeywordList{"keyword.list"};

} // namespace idiolect::rules
