// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiDetector.h"

namespace idiolect {

/**
 * @brief Finds IPv4, IPv6 and MAC addresses.
 *
 * IPv4 needs four dot-separated octets of at most 255, not part of a longer
 * dotted run and not right after "v"/"version" (so version strings such as
 * "v1.2.3.4" stay). IPv6 candidates must contain "::" or a hex letter (so
 * "12:30:45" is a time) and pass QHostAddress. MAC addresses are six hex pairs
 * separated consistently by ':' or '-'.
 */
class IpAddressDetector final : public PiiDetector
{
public:
    void detect(QStringView text, const ScanContext &context,
                std::vector<PiiHit> &out) const override;

private:
    static void detectV4(QStringView text, std::vector<PiiHit> &out);
    static void detectColonForms(QStringView text, std::vector<PiiHit> &out);
};

} // namespace idiolect
