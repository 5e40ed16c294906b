// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectState.h"
#include "common/Expected.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace idiolect {

/**
 * @brief The project file: an SQLite database (WAL) holding one ProjectState.
 *
 * Tables: meta (key/value: export path, self, range, page settings as JSON),
 * thread_selection, review_decision, pseudonym, privacy_word and privacy_hit.
 * Each save() is one transaction, so a crash (even kill -9) leaves the last
 * committed state; Session saves within a second of every change.
 * The file is created with owner-only permissions: it holds names and edits.
 */
class ProjectFile final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    enum Part { Meta = 0x1, Selection = 0x2, Decisions = 0x4, Privacy = 0x8, All = 0xF };
    Q_DECLARE_FLAGS(Parts, Part)

    static constexpr int kSchemaVersion = 1;

    /** Opens @p path; creates it when @p create is set and it does not exist yet. */
    static Expected<std::unique_ptr<ProjectFile>> open(const QString &path, bool create);
    ~ProjectFile();
    Q_DISABLE_COPY_MOVE(ProjectFile)

    [[nodiscard]] QString path() const { return m_path; }

    [[nodiscard]] Expected<ProjectState> load() const;
    /**
     * Writes @p parts of @p state in one transaction. For Decisions only the
     * ids in @p changedDecisions are written (or deleted when back to default;
     * an id may repeat);
     * pass nullptr to rewrite all of them.
     */
    Status save(const ProjectState &state, Parts parts,
                const QList<QString> *changedDecisions = nullptr);
    /** Writes a consistent copy to @p target (atomically: temp file, then rename). */
    Status saveCopyAs(const QString &target) const;

    /** The file extension, without the dot. */
    [[nodiscard]] static QString suffix();
    /** True if @p path is an Idiolect project (by its contents, not its name). */
    [[nodiscard]] static bool isProjectFile(const QString &path);
    /** Where the automatic project of an export lives (in the app data folder). */
    [[nodiscard]] static QString defaultPathForExport(const QString &exportPath);

private:
    explicit ProjectFile(QString path, QString connection);
    Status initSchema(bool fresh);
    Status saveMeta(const ProjectState &state);
    Status saveSelection(const ProjectState &state);
    Status saveDecisions(const ProjectState &state, const QList<QString> *changed);
    Status savePrivacy(const ProjectState &state);
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] Error sqlError(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connection;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ProjectFile::Parts)

} // namespace idiolect
