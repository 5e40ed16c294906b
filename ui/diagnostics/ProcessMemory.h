// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace idiolect {

/** The process's memory use, where the platform tells it cheaply (Linux /proc, getrusage). */
class ProcessMemory final
{
public:
    struct Usage
    {
        qint64 residentBytes = -1; ///< Now; -1 if unknown.
        qint64 peakResidentBytes = -1; ///< The most so far; -1 if unknown.
    };

    [[nodiscard]] static Usage current();
};

} // namespace idiolect
