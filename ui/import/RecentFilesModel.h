// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace idiolect {

class Settings;

/** The recently opened exports and projects (Settings::recentFiles), newest first. */
class RecentFilesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesModel)

public:
    enum Role {
        PathRole = Qt::UserRole + 1, ///< Absolute path, to open it.
        ExistsRole, ///< False when it was moved or deleted (shown greyed, not opened).
        IsProjectRole, ///< An .idiolect project rather than an export.
    };

    explicit RecentFilesModel(Settings *settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /**
     * Looks again whether each file is still there (it may have been moved or deleted since the
     * list was read); signals dataChanged for the rows that changed.
     */
    void refresh();

    /** A short name for a path: the folder or file name, with its parent for generic names. */
    [[nodiscard]] static QString displayName(const QString &path);

private:
    void reload();

    Settings *m_settings;
    QStringList m_paths;
    QList<bool> m_exists;
};

} // namespace idiolect
