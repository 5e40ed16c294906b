// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComputePool.h"

#include <QThreadPool>

namespace idiolect {

QThreadPool *ComputePool::instance()
{
    // Never destroyed: worker threads may still be finishing at exit.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setObjectName(QStringLiteral("idiolect-compute"));
        p->setMaxThreadCount(QThreadPool::globalInstance()->maxThreadCount());
        return p;
    }();
    return pool;
}

} // namespace idiolect
