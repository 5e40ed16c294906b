// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace idiolect {

/**
 * The app's own monochrome icons (resources/icons/NAME.svg).
 *
 * They are drawn in the palette's text colour at paint time, so they follow
 * dark mode, the disabled and selected states, and any scale factor.
 */
class Icons final
{
public:
    [[nodiscard]] static QIcon icon(const QString &name);
    /** The full-colour application icon. */
    [[nodiscard]] static QIcon appIcon();
};

} // namespace idiolect
