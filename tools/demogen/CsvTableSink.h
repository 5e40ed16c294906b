// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableSink.h"

#include <QHash>
#include <QStringList>

#include <memory>

class QSaveFile;

namespace idiolect::demogen {

/**
 * @brief Streams table rows straight into signalbackup-tools-style CSV files.
 *
 * One "<table>.csv" per requested table (the user picks the names with
 * --exportcsv; we use the table names). Rows are encoded with CsvCellEncoder
 * and flushed in large blocks, so a million messages need no database and
 * little memory. A table without rows becomes a 0-byte file, as with sbt.
 */
class CsvTableSink final : public TableSink
{
public:
    CsvTableSink(QString directory, QStringList tables);
    ~CsvTableSink() override;

    bool open(const SignalSchema &schema) override;
    bool insert(const TableDef &table, const TableRow &row) override;
    bool close() override;
    [[nodiscard]] QString errorString() const override { return m_error; }

private:
    struct Output;
    bool flush(Output &out, bool force);

    QString m_directory;
    QStringList m_tables;
    QHash<QString, std::shared_ptr<Output>> m_outputs;
    QString m_error;
};

} // namespace idiolect::demogen
