// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableReader.h"
#include "common/Expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>

class QSqlError;

#include <memory>
#include <vector>

namespace idiolect {

/**
 * @brief A TableReader over one table of an SQLite database, through Qt SQL.
 *
 * Unlike CSV, SQLite keeps NULL apart from '' and BLOBs as bytes.
 * Rows come in rowid order, as written. Only the
 * columns looked up with columnIndex() before the first next() are fetched:
 * Signal's message table has ~60 columns and the importer needs a third.
 */
class SqlTableReader final : public TableReader
{
public:
    static Expected<std::unique_ptr<SqlTableReader>>
    open(const QSqlDatabase &db, const QString &table, const QString &displayPath);

    /** An Unreadable error for a failed query, with a hint for locks and encrypted files. */
    static Error errorFrom(const QSqlError &error, const QString &where);

    [[nodiscard]] const QStringList &columns() const override { return m_columns; }
    bool next() override;
    [[nodiscard]] const Error &error() const override { return m_error; }
    [[nodiscard]] bool isNull(int column) const override;
    [[nodiscard]] qint64 toInt64(int column, qint64 fallback = 0,
                                 bool *ok = nullptr) const override;
    [[nodiscard]] TextCell text(int column) override;
    [[nodiscard]] QByteArray blob(int column) override;
    [[nodiscard]] QString sourceName() const override { return m_displayName; }
    [[nodiscard]] qint64 record() const override { return m_row; }
    [[nodiscard]] qint64 progressDone() const override { return m_row; }
    [[nodiscard]] qint64 progressTotal() const override { return m_total; }

protected:
    void noteColumnUse(int column) const override;

private:
    explicit SqlTableReader(const QSqlDatabase &db);
    bool start();
    /** Position of a table column in the running query, or -1 if it was not fetched. */
    [[nodiscard]] int slot(int column) const
    {
        return column >= 0 && column < int(m_slots.size()) ? m_slots[size_t(column)] : -1;
    }

    QSqlQuery m_query;
    QString m_table;
    QStringList m_columns;
    mutable std::vector<bool> m_used;
    std::vector<int> m_slots;
    bool m_started = false;
    QString m_displayName;
    Error m_error;
    qint64 m_row = 0;
    qint64 m_total = 0;
};

} // namespace idiolect
