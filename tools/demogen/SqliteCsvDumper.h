// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace idiolect::demogen {

/**
 * @brief Exports tables of an SQLite database to CSV like signalbackup-tools --exportcsv.
 *
 * For each table: "SELECT * FROM table", the header from the result's column
 * names (written only when there is a row, so empty tables give 0-byte
 * files), and every value through CsvCellEncoder. This is the reference the
 * direct CSV stream must match byte for byte.
 */
class SqliteCsvDumper final
{
public:
    /** Writes DIR/<table>.csv for every table in @p tables; false and @p error on failure. */
    static bool dump(const QString &databasePath, const QStringList &tables,
                     const QString &directory, QString *error);
};

} // namespace idiolect::demogen
