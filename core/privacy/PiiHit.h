// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiKind.h"

#include <QLatin1StringView>
#include <QString>

namespace idiolect {

/** Which part of a person's name a Name hit covers, so "Anna" → "Lena" and "Schmidt" → "Weber". */
enum class NamePart : quint8 {
    None, ///< Not a name hit.
    Given, ///< A given name, nickname, diminutive or username.
    Family, ///< A family name.
    Full, ///< A whole name ("Anna Schmidt") or a group title.
};

/**
 * @brief One piece of personal data found in a text.
 *
 * Offsets are UTF-16 code units of the scanned text (QString indices), the
 * unit Signal itself uses for mention ranges. `canonical` is the normalized
 * real value (digits of a phone number in E.164, a lower-cased e-mail, the
 * contact's key for names): equal canonical values get equal pseudonyms.
 */
struct PiiHit
{
    qint32 start = 0;
    qint32 length = 0;
    PiiKind kind = PiiKind::Name;
    NamePart part = NamePart::None;
    float confidence = 1.0f; ///< 0..1: how sure the rule is.
    QLatin1StringView rule; ///< Stable id of the rule that fired, e.g. "phone.valid".
    qint64 recipientId = 0; ///< The contact a name/mention/number belongs to; 0 if none.
    QString canonical; ///< Normalized value (key of the pseudonym mapping).

    [[nodiscard]] qint32 end() const { return start + length; }
    [[nodiscard]] bool overlaps(const PiiHit &o) const
    {
        return start < o.end() && o.start < end();
    }
};

} // namespace idiolect
