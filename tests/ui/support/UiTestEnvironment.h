// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace idiolect::test {

/**
 * Sandboxes a UI test: points the XDG data, cache and config folders into a
 * temporary directory (so projects, the demo cache and settings never touch
 * the real home and parallel tests never share them) and offers paths in it.
 */
class UiTestEnvironment final
{
public:
    UiTestEnvironment();

    [[nodiscard]] QString path(const QString &relative) const;
    [[nodiscard]] QString settingsFile() const { return path(QStringLiteral("settings.ini")); }
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

} // namespace idiolect::test
