// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiDetector.h"

namespace idiolect {

/**
 * @brief Finds links: "scheme://..." and "www.host...".
 *
 * A link ends at white space or at trailing punctuation that belongs to the
 * sentence (".", ",", ")" without a matching "(" inside the link, quotes).
 * Whether a link is kept, reduced to its domain or replaced is the operator's
 * decision (PrivacyOperator::KeepDomain by default).
 */
class UrlDetector final : public PiiDetector
{
public:
    void detect(QStringView text, const ScanContext &context,
                std::vector<PiiHit> &out) const override;

    /** Scheme and host of a link ("https://www.example.org"), for KeepDomain; empty if none. */
    static QString schemeAndHost(QStringView url);
};

} // namespace idiolect
