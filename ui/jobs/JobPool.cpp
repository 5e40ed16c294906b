// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobPool.h"

#include <QThreadPool>

namespace idiolect {

QThreadPool *JobPool::instance()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        // Enough for an import, a generation, a preview and a validation at once;
        // they mostly wait for their inner work on the global pool.
        p->setMaxThreadCount(8);
        p->setObjectName(QStringLiteral("idiolect-jobs"));
        return p;
    }();
    return pool;
}

void JobPool::waitForDone()
{
    instance()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

} // namespace idiolect
