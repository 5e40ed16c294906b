// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PartnerProfile.h"

#include <QAbstractListModel>

#include <vector>

namespace idiolect {

/**
 * The partners of a style analysis, most messages first: feeds the "compare
 * with" combo box and the partner style cards. A thin adapter over
 * PartnerProfile; the texts of the cards are roles so the delegate only paints.
 */
class PartnerProfileModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerProfileModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "Direct chat" / "Group".
        StyleRole, ///< Translated classification ("Concise texter").
        StyleIndexRole, ///< int(PartnerStyle): picks the badge colour.
        TraitsRole, ///< Translated traits, joined.
        TheirStatsRole, ///< One line about their messages.
        YourStatsRole, ///< One line about yours with them vs overall.
        MessagesRole, ///< qint64: their + your messages (the sort key).
        AdaptationRole, ///< double 0..1: PartnerProfile::adaptationLevel.
    };

    explicit PartnerProfileModel(QObject *parent = nullptr);

    /** Replaces the partners; @p overallMean is your mean length over all chats. */
    void setProfiles(std::vector<PartnerProfile> profiles, double overallMean);
    [[nodiscard]] const PartnerProfile &profile(int row) const { return m_profiles[size_t(row)]; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

    [[nodiscard]] static QString styleLabel(PartnerStyle style);
    [[nodiscard]] static QString traitLabel(const QString &trait);

private:
    std::vector<PartnerProfile> m_profiles;
    double m_overallMean = 0;
};

} // namespace idiolect
