// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace idiolect {

/**
 * The demo export embedded in the app (resources/demo under :/demo).
 *
 * Importers read real files, so the demo is copied once into the cache
 * folder and reused while its contents are unchanged.
 */
class DemoExport final
{
    Q_DECLARE_TR_FUNCTIONS(DemoExport)

public:
    /** True if this build embeds a demo export. */
    [[nodiscard]] static bool isAvailable();
    /** Copies the demo into @p cacheDir (default: the app's cache folder) and returns its path. */
    static Expected<QString> extract(const QString &cacheDir = {});
    /** True if @p path is a copy made by extract() (shown as "Demo export", not a hash). */
    [[nodiscard]] static bool isExtractedCopy(const QString &path);
};

} // namespace idiolect
