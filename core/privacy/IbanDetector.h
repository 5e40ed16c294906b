// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiDetector.h"

namespace idiolect {

/**
 * @brief Finds IBANs: country code, two check digits, the national account
 * part, solid or in groups of four; the length must be the one the country
 * uses (ISO 13616 registry) and the number must pass the mod-97 check.
 */
class IbanDetector final : public PiiDetector
{
public:
    void detect(QStringView text, const ScanContext &context,
                std::vector<PiiHit> &out) const override;

    /** Length of an IBAN of country @p cc ("DE" → 22), 0 if unknown. */
    static int ibanLength(QStringView cc);
    /** True if the compact upper-case IBAN passes ISO 7064 mod 97-10. */
    static bool mod97Valid(QStringView compact);
};

} // namespace idiolect
