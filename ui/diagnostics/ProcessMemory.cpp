// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace idiolect {

namespace {

/** "VmRSS:	  123456 kB" → bytes. */
qint64 kilobytes(const QByteArray &line)
{
    const QByteArray number = line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0);
    bool ok = false;
    const qint64 kb = number.toLongLong(&ok);
    return ok ? kb * 1024 : -1;
}

} // namespace

ProcessMemory::Usage ProcessMemory::current()
{
    Usage usage;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmRSS:"))
                usage.residentBytes = kilobytes(line);
            else if (line.startsWith("VmHWM:"))
                usage.peakResidentBytes = kilobytes(line);
        }
    }
#if defined(Q_OS_UNIX)
    if (usage.peakResidentBytes < 0) {
        rusage ru{};
        if (getrusage(RUSAGE_SELF, &ru) == 0)
#if defined(Q_OS_MACOS)
            usage.peakResidentBytes = qint64(ru.ru_maxrss);
#else
            usage.peakResidentBytes = qint64(ru.ru_maxrss) * 1024;
#endif
    }
#endif
    return usage;
}

} // namespace idiolect
