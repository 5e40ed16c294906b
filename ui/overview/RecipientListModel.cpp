// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecipientListModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace idiolect {

RecipientListModel::RecipientListModel(QObject *parent) : QAbstractListModel(parent) { }

void RecipientListModel::setExport(ChatExportPtr chatExport)
{
    beginResetModel();
    m_export = std::move(chatExport);
    m_rows.clear();
    if (m_export) {
        const QList<qint64> &candidates = m_export->self.candidates;
        for (size_t i = 0; i < m_export->recipients.size(); ++i) {
            const Recipient &r = m_export->recipients[i];
            if (r.kind == RecipientKind::Individual && !r.isGroup())
                m_rows.push_back(i);
        }
        const auto &recipients = m_export->recipients;
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](size_t a, size_t b) {
            const bool ca = candidates.contains(recipients[a].id);
            const bool cb = candidates.contains(recipients[b].id);
            if (ca != cb)
                return ca;
            return recipients[a].displayName.localeAwareCompare(recipients[b].displayName) < 0;
        });
    }
    endResetModel();
}

int RecipientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecipientListModel::rowOf(qint64 recipientId) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_export->recipients[m_rows[row]].id == recipientId)
            return int(row);
    }
    return -1;
}

QVariant RecipientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Recipient &r = m_export->recipients[m_rows[size_t(index.row())]];
    const bool candidate = m_export->self.candidates.contains(r.id);
    switch (role) {
    case Qt::DisplayRole: return r.displayName;
    case RecipientIdRole: return r.id;
    case CandidateRole: return candidate;
    case SubtitleRole: {
        QStringList parts;
        if (candidate)
            parts.append(tr("Suggested"));
        if (r.id == m_export->self.id)
            parts.append(tr("Current choice"));
        if (!r.e164.isEmpty())
            parts.append(r.e164);
        else if (!r.username.isEmpty())
            parts.append(r.username);
        parts.append(u'#' + QString::number(r.id));
        return parts.join(u" \u00b7 "_s);
    }
    case Qt::ToolTipRole: return data(index, SubtitleRole);
    default: return {};
    }
}

} // namespace idiolect
