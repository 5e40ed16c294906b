// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChatExport.h"

#include <QAbstractListModel>

namespace idiolect {

/**
 * The people (not groups) of an export, for choosing who "you" are.
 * Self-detection candidates come first, then everyone else by name.
 */
class RecipientListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientListModel)

public:
    enum Role {
        RecipientIdRole = Qt::UserRole + 1, ///< The id to pass as the self override.
        SubtitleRole, ///< Phone/username and whether detection suggested them (second line).
        CandidateRole, ///< Suggested by self detection; listed first.
    };

    explicit RecipientListModel(QObject *parent = nullptr);

    void setExport(ChatExportPtr chatExport);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    /** Row of a recipient id, or -1. */
    [[nodiscard]] int rowOf(qint64 recipientId) const;

private:
    ChatExportPtr m_export;
    std::vector<size_t> m_rows; ///< Indexes into ChatExport::recipients.
};

} // namespace idiolect
