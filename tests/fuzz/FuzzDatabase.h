// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"
#include "model/ChatExport.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace idiolect {

struct ImportOptions;

namespace fuzz {

/**
 * An in-memory SQLite database with the Signal Android tables the importer reads,
 * for the fuzz targets that drive SignalModelBuilder through SqlTableReader
 * (the same path as SignalSqliteImporter, without a file).
 *
 * Columns keep SQLite's dynamic typing: any value may go into any column, as
 * in a damaged or hand-edited database. Every table shape is created once; each
 * input runs in a transaction that is rolled back, so an input costs no DDL.
 */
class FuzzDatabase final
{
public:
    struct Table
    {
        QString name;
        QStringList columns;
    };

    /** The tables in the order SignalSqliteImporter reads them. */
    static const std::vector<Table> &schema();

    FuzzDatabase();
    ~FuzzDatabase();
    Q_DISABLE_COPY_MOVE(FuzzDatabase)

    /**
     * Starts a fresh, empty database state (a transaction that the next begin() rolls
     * back): table t loses column dropColumn[t] (if >= 0), or is left out when missing[t].
     */
    void begin(const std::vector<int> &dropColumn, const std::vector<bool> &missing);

    /** Columns of table @p t in the current state. */
    [[nodiscard]] const QStringList &columns(size_t t) const;

    /** Inserts one row into table @p t (values in columns() order). */
    void insert(size_t t, const QList<QVariant> &values);

    /** Reads every present table with SignalModelBuilder and finishes the model. */
    Expected<std::shared_ptr<ChatExport>> import(const ImportOptions &options);

private:
    /** A created table: one per schema table and one per schema table minus a column. */
    struct Variant
    {
        QString name;
        QStringList columns;
        std::unique_ptr<QSqlQuery> insert;
    };

    QString m_connection;
    std::vector<std::vector<Variant>> m_variants; ///< [table][0 = full, 1 + c = without c]
    std::vector<int> m_current; ///< Variant per table; -1 = missing.
    bool m_inTransaction = false;
};

} // namespace fuzz
} // namespace idiolect
