// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobPool.h"

#include <QThreadPool>

#include <memory>

namespace idiolect {

/**
 * Lets go of @p object on a worker thread. Freeing a generation result of
 * 600,000 examples takes longer than a frame; whoever replaces one on the UI
 * thread hands the old pointer here, so if it was the last reference the
 * memory is freed in the background. Other holders keep it alive as usual.
 */
template<typename T>
void releaseInBackground(std::shared_ptr<T> object)
{
    if (!object)
        return;
    JobPool::instance()->start([object = std::move(object)]() mutable { object.reset(); });
}

} // namespace idiolect
