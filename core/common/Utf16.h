// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace idiolect::utf16 {

/**
 * True if @p text has no UTF-16 surrogate at all (four code units per step): most text has
 * none, and then nothing else needs a look.
 */
bool hasNoSurrogates(QStringView text);

/**
 * Replaces every surrogate that is not half of a pair with U+FFFD in place and returns how many
 * were replaced. JSON allows "\ud800" on its own, and Qt's parser keeps it: text from a JSON
 * export can hold UTF-16 that no UTF-8 file can represent. Repairing it where it enters keeps
 * what the app shows identical to what it writes.
 */
qsizetype repairLoneSurrogates(QChar *text, qsizetype size);

/** @p text with its lone surrogates replaced by U+FFFD (repairLoneSurrogates on a copy). */
QString withoutLoneSurrogates(QStringView text);

} // namespace idiolect::utf16
