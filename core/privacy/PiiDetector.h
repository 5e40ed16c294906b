// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PiiHit.h"

#include <QStringView>

#include <vector>

namespace idiolect {

struct Thread;

/** Where a text comes from, so detectors can prefer the people of that conversation. */
struct ScanContext
{
    qint64 senderId = 0; ///< Author of the message; 0 if unknown.
    const Thread *thread = nullptr; ///< Its thread, if any.
};

/**
 * @brief One detector of one or a few PII kinds.
 *
 * detect() appends hits for @p text to @p out in any order (the PiiScanner
 * resolves overlaps). Implementations are immutable after construction and
 * safe to call from many threads at once; each keeps its scratch buffers
 * thread-local. Every detector starts with a cheap prefilter so that the common
 * case, a short chat message without that kind of data, costs a few nanoseconds.
 */
class PiiDetector
{
public:
    virtual ~PiiDetector() = default;
    virtual void detect(QStringView text, const ScanContext &context,
                        std::vector<PiiHit> &out) const = 0;
};

} // namespace idiolect
