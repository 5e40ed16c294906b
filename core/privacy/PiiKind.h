// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace idiolect {

/**
 * @brief What kind of personal data a privacy hit is.
 *
 * Every kind has its own operator (PrivacyConfig::operatorFor) so the user can,
 * say, pseudonymize names, keep URL domains and drop messages with secrets.
 * Keyword hits mark a message (flag or drop) and are never replaced in place.
 */
enum class PiiKind : quint8 {
    Name, ///< Contact names, group titles, @-mentions, user-added names.
    Phone, ///< Phone numbers (libphonenumber, plus the contacts' own numbers).
    Email, ///< E-mail addresses.
    Url, ///< http(s)/www links.
    IpAddress, ///< IPv4 and IPv6 addresses.
    PaymentCard, ///< Card numbers that pass the Luhn check and have a known issuer prefix.
    Iban, ///< IBANs with a valid country length and mod-97 checksum.
    Address, ///< Street addresses in clear DE/EN/FR/ES/IT/NL patterns.
    Secret, ///< API keys and values after "password:"-style labels.
    Keyword, ///< A sensitive keyword from the user's list (flags or drops the message).
};

inline constexpr int kPiiKindCount = 10;

inline constexpr std::array<PiiKind, kPiiKindCount> kAllPiiKinds = {
    PiiKind::Name,        PiiKind::Phone, PiiKind::Email,   PiiKind::Url,    PiiKind::IpAddress,
    PiiKind::PaymentCard, PiiKind::Iban,  PiiKind::Address, PiiKind::Secret, PiiKind::Keyword,
};

/** Stable snake_case identifier used in JSON, the CLI and project files ("payment_card"). */
QString piiKindName(PiiKind kind);

/** Parses piiKindName() output; std::nullopt for anything else. */
std::optional<PiiKind> piiKindFromName(QStringView name);

/** Translated, human label for the UI ("Payment card"). */
QString piiKindLabel(PiiKind kind);

/** Upper-case token stem used in replacements: `<PHONE_1>`, `<EMAIL>`. */
QString piiKindToken(PiiKind kind);

/**
 * Which kind wins when two hits overlap: a higher value wins (an e-mail address
 * beats the name inside it, an IBAN beats the phone-like digits inside it).
 */
int piiKindPriority(PiiKind kind);

} // namespace idiolect
