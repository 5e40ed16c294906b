// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace idiolect {

/** How fast a conversation moves: rapid < 60 s, moderate < 300 s, slow otherwise. */
enum class Momentum : quint8 { Rapid, Moderate, Slow };

/** The momentum class of an average gap in seconds (60 is moderate, 300 is slow). */
Momentum momentumFor(double seconds);

/** "rapid", "moderate" or "slow". */
QString momentumName(Momentum momentum);
/** Parses a momentum name (case-insensitive); nullopt if unknown. */
std::optional<Momentum> momentumFromName(QStringView name);

} // namespace idiolect
