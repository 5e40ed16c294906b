// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/TableReader.h"

#include <QList>
#include <QVariant>

namespace idiolect::fuzz {

/**
 * A TableReader over rows held in memory (integers and strings), for fuzz targets
 * that feed SignalModelBuilder one known-good table around a fuzzed cell without
 * the cost of a database per input.
 */
class MemoryTableReader final : public TableReader
{
public:
    MemoryTableReader(QString name, QStringList columns, QList<QList<QVariant>> rows)
        : m_name(std::move(name)), m_columns(std::move(columns)), m_rows(std::move(rows))
    { }

    [[nodiscard]] const QStringList &columns() const override { return m_columns; }
    bool next() override { return ++m_row < m_rows.size(); }
    [[nodiscard]] const Error &error() const override { return m_error; }
    [[nodiscard]] bool isNull(int column) const override { return !cell(column).isValid(); }
    [[nodiscard]] qint64 toInt64(int column, qint64 fallback, bool *ok) const override;
    [[nodiscard]] TextCell text(int column) override;
    [[nodiscard]] QByteArray blob(int column) override { return cell(column).toByteArray(); }
    [[nodiscard]] QString sourceName() const override { return m_name; }
    [[nodiscard]] qint64 record() const override { return m_row + 1; }
    [[nodiscard]] qint64 progressDone() const override { return m_row + 1; }
    [[nodiscard]] qint64 progressTotal() const override { return m_rows.size(); }

private:
    [[nodiscard]] QVariant cell(int column) const;

    QString m_name;
    QStringList m_columns;
    QList<QList<QVariant>> m_rows;
    qsizetype m_row = -1;
    Error m_error;
};

} // namespace idiolect::fuzz
