// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobPool.h"

#include "common/ComputePool.h"

#include <QThreadPool>

namespace idiolect {

QThreadPool *JobPool::instance()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        // Enough for an import, a generation, a preview and a validation at once;
        // they mostly wait for their inner work on core's ComputePool.
        p->setMaxThreadCount(8);
        p->setObjectName(QStringLiteral("idiolect-jobs"));
        return p;
    }();
    return pool;
}

void JobPool::waitForDone()
{
    instance()->waitForDone();
    ComputePool::instance()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

} // namespace idiolect
