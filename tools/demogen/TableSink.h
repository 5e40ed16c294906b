// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace idiolect::demogen {

class SignalSchema;
class TableRow;
struct TableDef;

/**
 * @brief Where SignalDatabaseWriter puts table rows: an SQLite file or CSV files.
 *
 * Rows arrive per table in ascending _id order, which is also the order a
 * plain "SELECT *" returns them; that keeps the direct CSV output identical
 * to exporting the SQLite database to CSV.
 */
class TableSink
{
public:
    virtual ~TableSink() = default;
    virtual bool open(const SignalSchema &schema) = 0;
    virtual bool insert(const TableDef &table, const TableRow &row) = 0;
    virtual bool close() = 0;
    [[nodiscard]] virtual QString errorString() const = 0;
};

} // namespace idiolect::demogen
