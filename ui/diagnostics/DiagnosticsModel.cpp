// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsModel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace idiolect {

void DiagnosticsModel::setRows(const QList<DiagnosticsRow> &rows)
{
    bool sameShape = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].name == m_rows[i].name && rows[i].isSection == m_rows[i].isSection;
    if (!sameShape) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].value != m_rows[i].value) {
            m_rows[i].value = rows[i].value;
            Q_EMIT dataChanged(index(int(i), Value), index(int(i), Value));
        }
    }
}

QString DiagnosticsModel::toText() const
{
    QString out;
    for (const DiagnosticsRow &row : m_rows) {
        if (row.isSection)
            out += (out.isEmpty() ? u""_s : u"\n"_s) + u"[%1]\n"_s.arg(row.name);
        else
            out += u"%1: %2\n"_s.arg(row.name, row.value);
    }
    return out;
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const DiagnosticsRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return index.column() == Name ? row.name : row.value;
    case Qt::FontRole:
        if (row.isSection) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Name ? tr("Measure") : section == Value ? tr("Value") : QVariant();
}

Qt::ItemFlags DiagnosticsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return m_rows[index.row()].isSection ? Qt::ItemIsEnabled
                                         : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace idiolect
