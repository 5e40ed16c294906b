// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace idiolect {

struct PartnerProfile;
struct StyleAnalysis;
struct StyleProfile;

/**
 * @brief JSON of style results, with the keys of the original API's example output
 *        (avg_message_length, message_length_distribution, burst_patterns, ...).
 *
 * NaN (no messages) becomes null; the result is always strict JSON.
 */
class StyleJson final
{
public:
    static QJsonObject toJson(const StyleProfile &profile);
    static QJsonObject toJson(const PartnerProfile &profile);
    /** The personal style plus a "partners" array. */
    static QJsonObject toJson(const StyleAnalysis &analysis, bool withPartners);
};

} // namespace idiolect
