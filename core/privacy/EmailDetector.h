// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiDetector.h"

namespace idiolect {

/**
 * @brief Finds e-mail addresses: local@domain.tld, including Unicode letters.
 *
 * Scans outward from each '@': the local part may hold letters, digits and
 * ". _ % + - '", the domain needs at least one dot and an alphabetic top-level
 * label of two or more letters. "@Anna" mentions and "a@b" are not addresses.
 */
class EmailDetector final : public PiiDetector
{
public:
    void detect(QStringView text, const ScanContext &context,
                std::vector<PiiHit> &out) const override;

    /** The span [start, end) of the address around the '@' at @p at, or false. */
    static bool addressAround(QStringView text, qsizetype at, qsizetype *start, qsizetype *end);
};

} // namespace idiolect
