// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Episode.h"
#include "analysis/Momentum.h"
#include "generation/Strategy.h"

#include <QCoreApplication>
#include <QString>

namespace idiolect {

/** Translated names of example types, momentum and conversation types for every page. */
class ExampleLabels final
{
    Q_DECLARE_TR_FUNCTIONS(ExampleLabels)

public:
    [[nodiscard]] static QString type(ExampleType type);
    /** "3 bursts" for a metadata.type name and a count. */
    [[nodiscard]] static QString typeCount(const QString &typeName, qint64 count);
    [[nodiscard]] static QString momentum(Momentum momentum);
    [[nodiscard]] static QString conversationType(ConversationType type);
};

} // namespace idiolect
