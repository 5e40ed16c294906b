// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFilesModel.h"

#include "DemoExport.h"
#include "project/ProjectFile.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace idiolect {

RecentFilesModel::RecentFilesModel(Settings *settings, QObject *parent)
    : QAbstractListModel(parent), m_settings(settings)
{
    connect(m_settings, &Settings::recentFilesChanged, this, &RecentFilesModel::reload);
    reload();
}

void RecentFilesModel::reload()
{
    beginResetModel();
    m_paths = m_settings->recentFiles();
    m_exists.clear();
    for (const QString &p : std::as_const(m_paths))
        m_exists.append(QFileInfo::exists(p));
    endResetModel();
}

void RecentFilesModel::refresh()
{
    for (qsizetype row = 0; row < m_paths.size(); ++row) {
        const bool exists = QFileInfo::exists(m_paths[row]);
        if (exists == m_exists[row])
            continue;
        m_exists[row] = exists;
        const QModelIndex changed = index(int(row));
        Q_EMIT dataChanged(changed, changed, {Qt::ToolTipRole, ExistsRole});
    }
}

int RecentFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paths.size());
}

QString RecentFilesModel::displayName(const QString &path)
{
    if (DemoExport::isExtractedCopy(path))
        return tr("Demo export");
    const QFileInfo info(path);
    QString name = info.fileName();
    static const QStringList generic
        = {u"database.sqlite"_s, u"main.jsonl"_s,  u"decrypted"_s, u"csv"_s,
           u"export"_s,          u"signal-chats"_s};
    if (generic.contains(name, Qt::CaseInsensitive) || name.isEmpty()) {
        const QString parent = info.dir().dirName();
        if (!parent.isEmpty() && parent != u"."_s)
            name = parent + u'/' + name;
    }
    return name;
}

QVariant RecentFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &path = m_paths[index.row()];
    switch (role) {
    case Qt::DisplayRole: return displayName(path);
    case Qt::ToolTipRole:
        return m_exists[index.row()]
            ? QDir::toNativeSeparators(path)
            : tr("%1 (no longer there)").arg(QDir::toNativeSeparators(path));
    case PathRole: return path;
    case ExistsRole: return m_exists[index.row()];
    case IsProjectRole: return path.endsWith(u'.' + ProjectFile::suffix());
    default: return {};
    }
}

QHash<int, QByteArray> RecentFilesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(ExistsRole, "exists");
    names.insert(IsProjectRole, "isProject");
    return names;
}

} // namespace idiolect
