// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"

#include "DemoExport.h"
#include "import/ImportJob.h"
#include "jobs/RunJob.h"
#include "project/ProjectFile.h"
#include "project/Session.h"
#include "settings/Settings.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace idiolect {

/** What an open needs besides the import result; held while the job runs. */
struct ImportController::Pending
{
    ProjectState state;
    std::unique_ptr<ProjectFile> file;
    bool reimport = false;
};

ImportController::ImportController(Session *session, Settings *settings, JobTracker *tracker,
                                   QObject *parent)
    : QObject(parent), m_session(session), m_settings(settings), m_tracker(tracker)
{
    connect(m_tracker, &JobTracker::progressChanged, this,
            [this](quint64 id, qint64 done, qint64 total) {
                for (const JobTracker::Job &job : m_tracker->jobs()) {
                    if (job.id == id && job.context == m_context)
                        Q_EMIT progress(done, total);
                }
            });
}

ImportController::~ImportController()
{
    cancel();
}

void ImportController::open(const QString &path)
{
    openWith(path, std::nullopt);
}

void ImportController::retryLenient()
{
    if (!m_lastFailedPath.isEmpty())
        openWith(m_lastFailedPath, true);
}

void ImportController::openDemo()
{
    const Expected<QString> path = DemoExport::extract();
    if (!path) {
        fail(path.error(), QString());
        return;
    }
    open(*path);
}

void ImportController::openWith(const QString &rawPath, std::optional<bool> lenient)
{
    if (isRunning())
        cancel();
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        Error e = Error::make(ErrorCode::NotFound, tr("There is no file or folder at this path."),
                              path);
        e.hint = tr("It may have been moved or deleted. Open it from its new place.");
        fail(e, path);
        return;
    }
    auto pending = std::make_unique<Pending>();
    if (ProjectFile::isProjectFile(path)) {
        auto file = ProjectFile::open(path, false);
        if (!file) {
            fail(file.error(), path);
            return;
        }
        auto state = (*file)->load();
        if (!state) {
            fail(state.error(), path);
            return;
        }
        if (state->exportPath.isEmpty() || !QFileInfo::exists(state->exportPath)) {
            Error e = Error::make(ErrorCode::NotFound,
                                  tr("The export this project was made from is no longer there."),
                                  state->exportPath);
            e.hint = tr("Move the export back, or open it again with \u201cOpen Export\u201d.");
            fail(e, path);
            return;
        }
        pending->state = std::move(*state);
        pending->file = std::move(*file);
    } else {
        const QString projectPath = ProjectFile::defaultPathForExport(path);
        if (QFileInfo::exists(projectPath)) {
            auto file = ProjectFile::open(projectPath, false);
            auto state = file ? (*file)->load() : Expected<ProjectState>(file.error());
            if (file && state) {
                pending->state = std::move(*state);
                pending->file = std::move(*file);
            } else {
                // Keep the unreadable project for the user; start over beside it.
                QFile::rename(projectPath, projectPath + u".unreadable"_s);
            }
        }
        pending->state.exportPath = path;
    }
    if (lenient)
        pending->state.lenientImport = *lenient;
    start(path, std::move(pending));
}

void ImportController::reimport(std::optional<qint64> selfOverride, bool lenient)
{
    if (!m_session->hasExport())
        return;
    auto pending = std::make_unique<Pending>();
    pending->state = m_session->state();
    pending->state.selfOverride = selfOverride;
    pending->state.lenientImport = lenient;
    pending->reimport = true;
    start(m_session->state().exportPath, std::move(pending));
}

void ImportController::start(const QString &openedPath, std::unique_ptr<Pending> pending)
{
    ImportOptions options;
    options.path = pending->state.exportPath;
    options.selfOverride = pending->state.selfOverride;
    options.lenient = pending->state.lenientImport;
    options.useCache = m_settings && m_settings->useImportCache();
    m_pending = std::move(pending);
    m_path = openedPath;
    const quint64 ticket = ++m_ticket;
    m_context = runJob<ChatExportPtr>(
        m_tracker, this, tr("Importing %1").arg(QFileInfo(options.path).fileName()),
        [options](JobContext &job) { return ImportJob::run(options, job); },
        [this, ticket](Expected<ChatExportPtr> result) {
            if (ticket == m_ticket) // a newer open replaced this one
                finish(std::move(result));
        });
    Q_EMIT started(openedPath);
}

void ImportController::finish(Expected<ChatExportPtr> result)
{
    m_context.reset();
    std::unique_ptr<Pending> pending = std::move(m_pending);
    const QString path = m_path;
    m_path.clear();
    if (!pending)
        return;
    if (!result) {
        fail(result.error(), path);
        return;
    }
    m_lastFailedPath.clear();
    if (pending->reimport) {
        m_session->setSelfOverride(pending->state.selfOverride);
        m_session->replaceExport(std::move(*result));
    } else {
        if (!pending->file) {
            auto file = ProjectFile::open(ProjectFile::defaultPathForExport(path), true);
            if (file)
                pending->file = std::move(*file);
            else
                Q_EMIT warning(file.error());
        }
        m_session->load(std::move(*result), std::move(pending->state), std::move(pending->file));
        if (m_settings)
            m_settings->addRecentFile(path);
    }
    Q_EMIT succeeded(path);
}

void ImportController::fail(const Error &error, const QString &path)
{
    m_lastFailedPath = path;
    Q_EMIT failed(error, path);
}

void ImportController::cancel()
{
    if (m_context)
        m_context->cancel();
}

} // namespace idiolect
