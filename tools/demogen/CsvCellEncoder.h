// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableRow.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace idiolect::demogen {

/**
 * @brief Writes values exactly as signalbackup-tools --exportcsv does.
 *
 * signal-formats.md §1.2: the header is never quoted; a value is quoted iff it
 * contains ',', '"' or '\n', or is non-empty and all whitespace; '"' doubles;
 * NULL, '' and zero-length BLOBs are empty; BLOBs are standard base64 with
 * padding; REAL uses 17 significant digits (%.17g); TEXT stops at the first
 * NUL byte; every record ends with a single LF; a bare CR is never quoted.
 */
class CsvCellEncoder final
{
public:
    /** Appends the value as it appears in the CSV file (quoted if needed). */
    static void appendCell(QByteArray &out, const Cell &cell);
    /** Appends a whole record: cells separated by ',' and a final '\n'. */
    static void appendRow(QByteArray &out, const QList<Cell> &cells);
    /** Appends the header line: names joined by ',', never quoted, then '\n'. */
    static void appendHeader(QByteArray &out, const QStringList &columns);
    /** The unquoted text signalbackup-tools makes of a value (its valueAsString). */
    static QByteArray valueText(const Cell &cell);
};

} // namespace idiolect::demogen
