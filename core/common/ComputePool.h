// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace idiolect {

/**
 * @brief The threads core's parallel stages (QtConcurrent::blockingMap) run on.
 *
 * Not QThreadPool::globalInstance(): Qt 6.4's raster paint engine splits a
 * large fill over the global pool and waits for it on the GUI thread. A
 * blockingMap keeps every thread it gets until the whole map is done, so
 * with core's work on the global pool a progress bar repaint waited up to a
 * second for a thread (measured with the 1M-message export). Same size as
 * the global pool, so throughput is unchanged.
 */
class ComputePool final
{
public:
    [[nodiscard]] static QThreadPool *instance();
};

} // namespace idiolect
