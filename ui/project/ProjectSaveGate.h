// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectFile.h"

#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace idiolect {

/**
 * @brief Orders the writes of one project file across threads.
 *
 * Session saves small changes on the UI thread and an autosave of many
 * decisions on a worker (with its own connection: Qt's SQL connections stay on
 * the thread that opened them). Every save takes a sequence number when it is
 * made and writes under the gate's mutex; one whose number is older than a
 * save already written (a background save overtaken by close()'s flush,
 * which wrote all of it) writes nothing, so older decisions never overwrite
 * newer ones. Shared by pointer between Session and its workers.
 */
class ProjectSaveGate final
{
public:
    /** The number of a save made now (UI thread). */
    [[nodiscard]] quint64 nextSequence() { return ++m_sequence; }
    [[nodiscard]] quint64 lastSequence() const { return m_sequence; }

    /**
     * ProjectFile::save() through @p file, in turn; waits while another save
     * writes. Returns false, writing nothing, if a later save has written.
     */
    Expected<bool> save(ProjectFile &file, quint64 sequence, const ProjectState &state,
                        ProjectFile::Parts parts, const QList<QString> *decisions);

    /**
     * The background save (any thread): opens @p path on this thread and writes
     * @p parts of @p *snapshot, of the decisions only @p ids. The snapshot is
     * released as soon as those are copied out, so the live decisions it
     * shares are not copied when the UI thread changes one meanwhile.
     */
    Expected<bool> saveSnapshot(const QString &path,
                                const std::shared_ptr<std::optional<ProjectState>> &snapshot,
                                ProjectFile::Parts parts, const QList<QString> &ids,
                                quint64 sequence);

private:
    std::mutex m_mutex;
    quint64 m_written = 0; ///< The newest save that has written.
    quint64 m_sequence = 0; ///< Handed out on the UI thread only.
};

} // namespace idiolect
