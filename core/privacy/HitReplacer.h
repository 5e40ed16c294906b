// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiHit.h"
#include "PrivacyOperator.h"

#include <QString>

namespace idiolect {

class PseudonymMap;
struct PrivacyConfig;

/**
 * @brief Turns one hit into its replacement text under the configured operator.
 *
 * Pseudonyms come from the PseudonymMap (created on first use), so the same
 * value gets the same replacement everywhere; realistic names follow the case
 * of the original ("ANNA" → "LENA"). Redact gives the bare token (`<PHONE>`),
 * Mask keeps the shape and a few characters (`+49 *** ****12`).
 */
class HitReplacer final
{
public:
    HitReplacer(const PrivacyConfig &config, PseudonymMap &map);

    /**
     * Replacement for @p hit whose original text is @p original; @p label names
     * the person for the mapping table (the real display name). Keep and
     * DropMessage return the original.
     */
    QString replace(const PiiHit &hit, QStringView original, const QString &label);

    /** The display name / title of a recipient under the Name operator. */
    QString replaceName(const QString &personKey, const QString &displayName, bool group);

    /** Masked form of a value of @p kind, e.g. "+49 *** ****12", "a***@g***.com". */
    static QString mask(PiiKind kind, QStringView original);
    /** @p replacement in upper or lower case when @p original is written that way. */
    static QString matchCase(const QString &replacement, QStringView original);

private:
    const PrivacyConfig &m_config;
    PseudonymMap &m_map;
};

} // namespace idiolect
