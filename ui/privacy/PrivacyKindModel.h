// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/PrivacyReport.h"

#include <QAbstractListModel>

namespace idiolect {

/**
 * Hits per kind of personal data ("Names 120"), with "All kinds" first:
 * the Privacy page's counts and its kind filter. Kinds without hits are
 * listed too (greyed), so the user sees what was looked for.
 */
class PrivacyKindModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyKindModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(PiiKind), or -1 for "All kinds".
        CountRole, ///< qint64 hits.
    };

    explicit PrivacyKindModel(QObject *parent = nullptr);

    void setCounts(const KindCountArray &counts);
    [[nodiscard]] qint64 total() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    KindCountArray m_counts{};
};

} // namespace idiolect
