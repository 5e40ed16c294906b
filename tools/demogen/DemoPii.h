// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * @file
 * The invented personal data the demo export contains. All values are
 * fictional: reserved or example number ranges (555-01xx, 07700 900xxx),
 * example.org/example.com addresses, the textbook example IBAN and the
 * standard test card number. The privacy tests read them from demo-pii.json.
 */

namespace idiolect::demogen::demopii {

// Written in message bodies.
inline constexpr char16_t kPhoneDe[] = u"+49 151 23456789";
inline constexpr char16_t kPhoneDeLocal[] = u"0170 9876543";
inline constexpr char16_t kPhoneUs[] = u"(415) 555-0132";
inline constexpr char16_t kPhoneUk[] = u"07700 900461";
inline constexpr char16_t kPhoneFr[] = u"06 12 34 56 78";
inline constexpr char16_t kPhoneIn[] = u"+91 98765 43210";
inline constexpr char16_t kEmailLena[] = u"lena.hoffmann@example.org";
inline constexpr char16_t kEmailMarco[] = u"m.rossi@example.com";
inline constexpr char16_t kAddress[] = u"Lindenstraße 42, 10969 Berlin";
inline constexpr char16_t kAddressFlat[] = u"Wiener Str. 3B, 10999 Berlin";
inline constexpr char16_t kIban[] = u"DE89 3704 0044 0532 0130 00";
inline constexpr char16_t kCard[] = u"4111 1111 1111 1111";

// Stored in recipient rows (e164 column).
inline constexpr char16_t kE164Self[] = u"+4917012345678";
inline constexpr char16_t kE164Lena[] = u"+4915123456789";
inline constexpr char16_t kE164Marco[] = u"+14155550132";
inline constexpr char16_t kE164Aisha[] = u"+447700900123";
inline constexpr char16_t kE164Omar[] = u"+33612345678";
inline constexpr char16_t kE164Jonas[] = u"+4916098765432";
inline constexpr char16_t kE164Priya[] = u"+919876543210";
inline constexpr char16_t kE164Noa[] = u"+447700900777";
inline constexpr char16_t kE164Spam[] = u"+447700900999";

} // namespace idiolect::demogen::demopii
