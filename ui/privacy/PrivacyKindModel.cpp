// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyKindModel.h"

#include "PrivacyColors.h"
#include "privacy/PiiKind.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

#include <numeric>

namespace idiolect {

PrivacyKindModel::PrivacyKindModel(QObject *parent) : QAbstractListModel(parent) { }

void PrivacyKindModel::setCounts(const KindCountArray &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

qint64 PrivacyKindModel::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), qint64(0));
}

int PrivacyKindModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kPiiKindCount + 1;
}

Qt::ItemFlags PrivacyKindModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant PrivacyKindModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int kind = row - 1;
    const qint64 count = kind < 0 ? total() : m_counts[size_t(kind)];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(kind < 0 ? tr("All kinds") : piiKindLabel(PiiKind(kind)),
                                 QLocale().toString(count));
    case Qt::DecorationRole:
        return kind < 0 ? QVariant()
                        : QVariant(PrivacyColors::swatch(QApplication::palette(), PiiKind(kind)));
    case Qt::ForegroundRole:
        if (count == 0)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case KindRole: return kind;
    case CountRole: return count;
    default: return {};
    }
}

} // namespace idiolect
