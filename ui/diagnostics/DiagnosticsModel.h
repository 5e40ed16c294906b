// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace idiolect {

/** One line of the diagnostics: a measure and its value; a line without value heads a section. */
struct DiagnosticsRow
{
    QString name;
    QString value;
    bool isSection = false;

    friend bool operator==(const DiagnosticsRow &, const DiagnosticsRow &) = default;
};

/** The diagnostics panel's table: sections of (measure, value) rows. */
class DiagnosticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsModel)

public:
    enum Column { Name, Value, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    /** Replaces the rows; same-shaped updates only signal the values that changed. */
    void setRows(const QList<DiagnosticsRow> &rows);
    [[nodiscard]] const QList<DiagnosticsRow> &rows() const { return m_rows; }
    /** Plain text, one "name: value" line per row, for bug reports. */
    [[nodiscard]] QString toText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<DiagnosticsRow> m_rows;
};

} // namespace idiolect
