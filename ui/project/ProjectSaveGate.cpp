// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectSaveGate.h"

namespace idiolect {

Expected<bool> ProjectSaveGate::save(ProjectFile &file, quint64 sequence, const ProjectState &state,
                                     ProjectFile::Parts parts, const QList<QString> *decisions)
{
    const std::lock_guard lock(m_mutex);
    if (m_written > sequence)
        return false;
    if (Status status = file.save(state, parts, decisions); !status)
        return status.error();
    m_written = sequence;
    return true;
}

Expected<bool>
ProjectSaveGate::saveSnapshot(const QString &path,
                              const std::shared_ptr<std::optional<ProjectState>> &snapshot,
                              ProjectFile::Parts parts, const QList<QString> &ids, quint64 sequence)
{
    ProjectState state = **snapshot;
    state.decisions = {};
    state.decisions.reserve(ids.size());
    for (const QString &id : ids) {
        if (const auto it = (*snapshot)->decisions.constFind(id);
            it != (*snapshot)->decisions.cend())
            state.decisions.insert(id, *it);
    }
    snapshot->reset();
    auto file = ProjectFile::open(path, false);
    if (!file)
        return file.error();
    return save(**file, sequence, state, parts, &ids);
}

} // namespace idiolect
