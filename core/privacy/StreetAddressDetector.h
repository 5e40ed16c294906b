// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiDetector.h"

namespace idiolect {

/**
 * @brief Finds street addresses where a clear pattern exists.
 *
 * Four patterns, all anchored on a house number:
 * - street name ending in a street word, then the number: "Hauptstraße 12a",
 *   "Berliner Str. 5", "Keizersgracht 123" (German, Dutch, Scandinavian);
 * - number, capitalized name, street type: "221B Baker Street", "5 Main St";
 * - number, French street type, name: "12 rue de la Paix";
 * - street type, name, number: "Via Roma 12", "Calle Mayor 5".
 * A following postcode and city ("10115 Berlin") is included. A number
 * followed by a unit ("Ring 3 Uhr") is not a house number.
 */
class StreetAddressDetector final : public PiiDetector
{
public:
    void detect(QStringView text, const ScanContext &context,
                std::vector<PiiHit> &out) const override;

    /** A word or a number in the text, with whether only spaces separate it from the previous item. */
    struct Item
    {
        qint32 start = 0;
        qint32 end = 0;
        bool number = false;
        bool capitalized = false; ///< Title case ("Baker"); not all capitals ("SATA").
        bool glued = false; ///< Touches the previous item without a space ("VT8378", "120GB").
        bool joined = false; ///< Only spaces (or ", " before a postcode) since the previous item.
        bool comma = false; ///< The gap before contains a comma.
    };
};

} // namespace idiolect
