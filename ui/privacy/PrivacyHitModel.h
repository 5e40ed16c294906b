// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace idiolect {

class PrivacyController;
struct PrivacyFinding;

/**
 * Every finding of the last privacy run, one row each, in message order:
 * kind, chat, date, the text found (or masked), its replacement and whether
 * the user accepted it. A thin adapter over PrivacyReport::findings.
 */
class PrivacyHitModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyHitModel)

public:
    enum Column { Kind, Chat, Date, Found, Replacement, Status, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(PiiKind): the kind filter.
        ThreadIndexRole, ///< int: the "only selected chats" filter.
        AcceptedRole, ///< bool: the "hide accepted" filter.
        SortRole, ///< Raw values (dates as ms) so sorting is not by display text.
    };

    explicit PrivacyHitModel(PrivacyController *controller, QObject *parent = nullptr);

    /** Shows "A•••" instead of the text found (for screen sharing). */
    void setMasked(bool masked);
    [[nodiscard]] bool isMasked() const { return m_masked; }
    /** The finding of @p row (valid while the result is unchanged). */
    [[nodiscard]] const PrivacyFinding &finding(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    [[nodiscard]] static QString mask(const QString &text);
    [[nodiscard]] static QString actionLabel(const PrivacyFinding &finding);

private:
    void resultChanged();
    void statusChanged();

    PrivacyController *m_controller;
    int m_rows = 0;
    bool m_masked = false;
};

} // namespace idiolect
