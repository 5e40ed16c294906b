// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace idiolect {

/**
 * The threads the app's top-level jobs (import, generation, export, ...) run on.
 *
 * Core jobs spread their own work over core's ComputePool and wait for it
 * (parallelFor → QtConcurrent::blockingMap). If the jobs themselves occupied
 * those threads, two of them waiting at once (a cancelled run and its
 * replacement) could starve each other's inner tasks on a two-core machine.
 * Starting them here keeps every compute thread free for the inner work, and
 * neither pool is Qt's global one, which the raster paint engine needs.
 */
class JobPool final
{
public:
    [[nodiscard]] static QThreadPool *instance();
    /** Waits for every job to end (at exit, after they were cancelled). */
    static void waitForDone();
};

} // namespace idiolect
