// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace idiolect {

/**
 * @brief Keeps a crash from writing the user's messages to disk.
 *
 * The app and the CLI hold whole chat histories in memory; a core dump of a
 * crash would copy all of it into a file (systemd-coredump keeps them for
 * days). apply() sets the core-file size limit to 0 at startup, which the
 * kernel and systemd-coredump honour. Developers who want core dumps set
 * IDIOLECT_CORE_DUMPS=1. See docs/reliability.md, "Privacy hygiene".
 */
class CrashHygiene final
{
public:
    /** Disables core dumps for this process unless IDIOLECT_CORE_DUMPS=1. */
    static void apply();
    /** True if a crash of this process cannot write a core file. */
    static bool coreDumpsDisabled();
};

} // namespace idiolect
