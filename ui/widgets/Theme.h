// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/Settings.h"

#include <QColor>

class QPalette;

namespace idiolect {

/**
 * Colours the app needs beyond the palette's roles, all derived from the
 * current palette so light, dark and high-contrast schemes keep working.
 * No widget hard-codes a colour; they ask here.
 */
class Theme final
{
public:
    enum class Tone { Positive, Negative, Warning, Information, Neutral };

    /** Applies the colour scheme to the running application (Fusion palette for Light/Dark). */
    static void apply(Settings::ColorScheme scheme);

    [[nodiscard]] static bool isDark(const QPalette &palette);
    /** A linear mix: t = 0 gives a, t = 1 gives b. */
    [[nodiscard]] static QColor mix(const QColor &a, const QColor &b, qreal t);
    /** Foreground colour for a tone (icons, badges, chart series) readable on the window colour. */
    [[nodiscard]] static QColor toneColor(const QPalette &palette, Tone tone);
    /** A soft background for a tone (inline messages, badges). */
    [[nodiscard]] static QColor toneBackground(const QPalette &palette, Tone tone);
    /** Distinct colour number @p index (categories: privacy kinds, chart series). */
    [[nodiscard]] static QColor categoryColor(const QPalette &palette, int index);
    /** Background of one's own chat bubbles, and of the partner's. */
    [[nodiscard]] static QColor ownBubble(const QPalette &palette);
    [[nodiscard]] static QColor otherBubble(const QPalette &palette);

    [[nodiscard]] static QPalette darkPalette();
};

} // namespace idiolect
