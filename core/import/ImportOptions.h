// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

namespace idiolect {

/** Parameters of an import job. */
struct ImportOptions
{
    /** The export folder or file the user opened. */
    QString path;
    /** Recipient id to use as "self" instead of detecting it. */
    std::optional<qint64> selfOverride;
    /**
     * Continue past recoverable data errors (invalid UTF-8 is repaired with
     * U+FFFD, unparsable JSON lines are skipped) and report them as warnings.
     * Off by default: the first such problem is an error with its location.
     */
    bool lenient = false;
    /** Time zone for exports that store naive local times (signal-export). */
    QTimeZone localZone = QTimeZone::systemTimeZone();
    /** Use (and write) the binary snapshot cache for this export. */
    bool useCache = false;
    /** Where snapshot caches live; empty = the user's cache directory. */
    QString cacheDir;
    /**
     * Threads that read one large CSV message table in parts (0: one per core,
     * QThread::idealThreadCount()). Never changes the imported model, only the speed.
     */
    int threads = 0;
    /** Smallest part of a CSV message table worth its own thread (0: the default, 4 MiB). */
    qsizetype minPartBytes = 0;
};

} // namespace idiolect
