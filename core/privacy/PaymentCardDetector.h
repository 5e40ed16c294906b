// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiDetector.h"

namespace idiolect {

/**
 * @brief Finds payment card numbers.
 *
 * 12 to 19 digits, written solid or in groups separated consistently by
 * spaces or dashes, that pass the Luhn check and start with a known issuer
 * prefix (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro,
 * Mir) of a length that issuer uses. Random 16-digit ids pass Luhn one time in
 * ten; the issuer table removes most of those.
 */
class PaymentCardDetector final : public PiiDetector
{
public:
    void detect(QStringView text, const ScanContext &context,
                std::vector<PiiHit> &out) const override;

    /** True if the digit string passes the Luhn (mod 10) check. */
    static bool luhnValid(QStringView digits);
    /** True if the digits start with an issuer prefix that uses this length. */
    static bool knownIssuer(QStringView digits);
};

} // namespace idiolect
