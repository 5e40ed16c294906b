// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace idiolect {

/**
 * The threads the app's top-level jobs (import, generation, export, ...) run on.
 *
 * Core jobs spread their own work over the global thread pool and wait for it
 * (parallelFor → QtConcurrent::blockingMap). If the jobs themselves occupied
 * global-pool threads, two of them waiting at once (a cancelled run and its
 * replacement) could starve each other's inner tasks on a two-core machine.
 * Starting them here keeps every global-pool thread free for the inner work.
 */
class JobPool final
{
public:
    [[nodiscard]] static QThreadPool *instance();
    /** Waits for every job to end (at exit, after they were cancelled). */
    static void waitForDone();
};

} // namespace idiolect
