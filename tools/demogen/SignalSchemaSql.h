// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignalSchema.h"

#include <QStringList>

namespace idiolect::demogen {

/**
 * Signal Android's CREATE TABLE statements of one database generation, in the
 * order the tables are created. Sources: Signal-Android's table classes and
 * migrations (V168, V174, V185, V302) and signalbackup-tools'
 * dummybackup.h (dbv 223); see docs/import.md.
 */
QStringList signalCreateStatements(SchemaGeneration generation);

/** PRAGMA user_version for a generation. */
int signalUserVersion(SchemaGeneration generation);

} // namespace idiolect::demogen
