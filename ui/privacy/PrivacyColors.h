// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/PiiKind.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace idiolect {

/** The colour of each kind of personal data, from the palette (Theme::categoryColor). */
class PrivacyColors final
{
public:
    [[nodiscard]] static QColor color(const QPalette &palette, PiiKind kind);
    /** A soft background for a highlighted span of @p kind. */
    [[nodiscard]] static QColor spanBackground(const QPalette &palette, PiiKind kind);
    /** A small round swatch for lists. */
    [[nodiscard]] static QIcon swatch(const QPalette &palette, PiiKind kind);
};

} // namespace idiolect
