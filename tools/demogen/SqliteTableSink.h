// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableSink.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace idiolect::demogen {

/**
 * @brief Writes table rows into a plain SQLite database, as signalbackup-tools -o does.
 *
 * Creates the generation's tables from Signal's CREATE TABLE statements,
 * inserts every row in one transaction and sets PRAGMA user_version. The
 * file is built next to the target and renamed into place on success.
 */
class SqliteTableSink final : public TableSink
{
public:
    explicit SqliteTableSink(QString path);
    ~SqliteTableSink() override;

    bool open(const SignalSchema &schema) override;
    bool insert(const TableDef &table, const TableRow &row) override;
    bool close() override;
    [[nodiscard]] QString errorString() const override { return m_error; }

private:
    bool fail(const QString &what, const QString &why);

    QString m_path;
    QString m_partPath;
    QString m_connection;
    int m_userVersion = 0;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_inserts;
    QString m_error;
};

} // namespace idiolect::demogen
