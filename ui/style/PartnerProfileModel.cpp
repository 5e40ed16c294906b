// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerProfileModel.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

qint64 messages(const PartnerProfile &p)
{
    return p.partner.totalMessages + p.you.totalMessages;
}

QString mean(double value)
{
    return std::isnan(value) ? u"\u2013"_s : QLocale().toString(value, 'f', 0);
}

} // namespace

PartnerProfileModel::PartnerProfileModel(QObject *parent) : QAbstractListModel(parent) { }

void PartnerProfileModel::setProfiles(std::vector<PartnerProfile> profiles, double overallMean)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    std::stable_sort(
        m_profiles.begin(), m_profiles.end(),
        [](const PartnerProfile &a, const PartnerProfile &b) { return messages(a) > messages(b); });
    m_overallMean = overallMean;
    endResetModel();
}

int PartnerProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QString PartnerProfileModel::styleLabel(PartnerStyle style)
{
    switch (style) {
    case PartnerStyle::LengthyTexter: return tr("Lengthy texter");
    case PartnerStyle::ConciseTexter: return tr("Concise texter");
    case PartnerStyle::BurstTexter: return tr("Burst texter");
    case PartnerStyle::EmojiLover: return tr("Emoji lover");
    case PartnerStyle::Balanced: break;
    }
    return tr("Balanced");
}

QString PartnerProfileModel::traitLabel(const QString &trait)
{
    if (trait == "lengthy_texter"_L1)
        return tr("long messages");
    if (trait == "concise_texter"_L1)
        return tr("short messages");
    if (trait == "burst_texter"_L1)
        return tr("many messages in a row");
    if (trait == "emoji_lover"_L1)
        return tr("lots of emoji");
    if (trait == "rapid_responder"_L1)
        return tr("replies fast");
    if (trait == "slow_responder"_L1)
        return tr("replies slowly");
    return trait;
}

QVariant PartnerProfileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerProfile &p = m_profiles[size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: return p.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: return tr("%1: %2").arg(p.name, styleLabel(p.style));
    case KindRole: return p.isGroup ? tr("Group") : tr("Direct chat");
    case StyleRole: return styleLabel(p.style);
    case StyleIndexRole: return int(p.style);
    case TraitsRole: {
        QStringList labels;
        for (const QString &t : p.traits)
            labels.append(traitLabel(t));
        return labels.join(u", "_s);
    }
    case TheirStatsRole:
        return tr("%1: %Ln message(s), %2 characters on average", nullptr,
                  int(std::min<qint64>(p.partner.totalMessages, INT_MAX)))
            .arg(p.isGroup ? tr("Others") : tr("They"), mean(p.partner.avgMessageLength));
    case YourStatsRole:
        return tr("You: %Ln message(s), %1 characters on average (%2 overall)", nullptr,
                  int(std::min<qint64>(p.you.totalMessages, INT_MAX)))
            .arg(mean(p.you.avgMessageLength), mean(m_overallMean));
    case MessagesRole: return messages(p);
    case AdaptationRole: return p.adaptationLevel;
    default: return {};
    }
}

} // namespace idiolect
