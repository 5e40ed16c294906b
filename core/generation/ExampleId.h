// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Strategy.h"

#include <QByteArrayView>
#include <QString>

#include <span>

namespace idiolect {

/**
 * @brief Stable example ids from content identity.
 *
 * id = FNV-1a 64 of (type name, thread id, target message _ids, variant). It
 * does not depend on window size, filters or run order, so a re-generation
 * gives the same id to the same target and the review UI keeps its decisions.
 */
class ExampleId final
{
public:
    static quint64 make(ExampleType type, qint64 threadId, std::span<const qint64> targetMessageIds,
                        quint8 variant);
    static QString toString(quint64 id);
    /** Parses 16 hex digits; 0 if invalid. */
    static quint64 fromString(QStringView text);
};

} // namespace idiolect
