// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashHygiene.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace idiolect {

void CrashHygiene::apply()
{
#if defined(Q_OS_UNIX)
    if (qEnvironmentVariableIntValue("IDIOLECT_CORE_DUMPS") == 1)
        return;
    rlimit limit{};
    if (getrlimit(RLIMIT_CORE, &limit) == 0) {
        limit.rlim_cur = 0; // the soft limit; the hard one stays for developers to raise
        setrlimit(RLIMIT_CORE, &limit);
    }
#endif
}

bool CrashHygiene::coreDumpsDisabled()
{
#if defined(Q_OS_UNIX)
    rlimit limit{};
    return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0;
#else
    return false;
#endif
}

} // namespace idiolect
