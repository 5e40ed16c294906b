// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace idiolect {

/**
 * Paints an item as a title (DisplayRole) over a dimmer subtitle (a role
 * given at construction); items whose @p enabledRole is false are greyed.
 */
class TwoLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwoLineDelegate)

public:
    TwoLineDelegate(int subtitleRole, int enabledRole, QObject *parent = nullptr);

    /** How a too long subtitle is shortened (paths: middle, the default; text: right). */
    void setSubtitleElideMode(Qt::TextElideMode mode) { m_elide = mode; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_subtitleRole;
    int m_enabledRole;
    Qt::TextElideMode m_elide = Qt::ElideMiddle;
};

} // namespace idiolect
