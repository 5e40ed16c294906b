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

/** What an open asks the worker for. */
struct ImportController::Request
{
    QString path; ///< the export, or the project file when isProject
    bool isProject = false;
    std::optional<bool> lenient;
    bool useCache = false;
    /// Reimport: the session's own state; nothing is read from a project file.
    std::optional<ProjectState> state;
};

/** What the worker hands back: the export and the project state that goes with it. */
struct ImportController::Opened
{
    ChatExportPtr exported;
    ProjectState state;
    QString projectPath; ///< the project file the session uses from now on
    bool reimport = false;
};

namespace {

/** Reads a project's state with a connection of the calling thread (a worker's). */
Expected<ProjectState> readProject(const QString &path)
{
    auto file = ProjectFile::open(path, false);
    if (!file)
        return file.error();
    return (*file)->load();
}

} // namespace

Expected<ImportController::Opened> ImportController::load(const Request &request, JobContext &job)
{
    Opened opened;
    opened.reimport = request.state.has_value();
    if (request.state) {
        opened.state = *request.state;
    } else if (request.isProject) {
        auto state = readProject(request.path);
        if (!state)
            return state.error();
        if (state->exportPath.isEmpty() || !QFileInfo::exists(state->exportPath)) {
            Error e = Error::make(ErrorCode::NotFound,
                                  tr("The export this project was made from is no longer there."),
                                  state->exportPath);
            e.hint = tr("Move the export back, or open it again with \u201cOpen Export\u201d.");
            return e;
        }
        opened.state = std::move(*state);
        opened.projectPath = request.path;
    } else {
        opened.projectPath = ProjectFile::defaultPathForExport(request.path);
        if (QFileInfo::exists(opened.projectPath)) {
            auto state = readProject(opened.projectPath);
            if (state)
                opened.state = std::move(*state);
            else // keep the unreadable project for the user; start over beside it
                QFile::rename(opened.projectPath, opened.projectPath + u".unreadable"_s);
        }
        opened.state.exportPath = request.path;
    }
    if (request.lenient)
        opened.state.lenientImport = *request.lenient;
    if (job.isCanceled())
        return Error::canceled();

    ImportOptions options;
    options.path = opened.state.exportPath;
    options.selfOverride = opened.state.selfOverride;
    options.lenient = opened.state.lenientImport;
    options.useCache = request.useCache;
    auto imported = ImportJob::run(options, job);
    if (!imported)
        return imported.error();
    opened.exported = std::move(*imported);
    return opened;
}

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
    Request request;
    request.path = path;
    request.isProject = ProjectFile::isProjectFile(path);
    request.lenient = lenient;
    // Opening the document that is open: the worker reads its project, so it must hold the
    // choices made since the last autosave.
    const QString project = request.isProject ? path : ProjectFile::defaultPathForExport(path);
    if (m_session->hasExport() && QFileInfo(m_session->projectPath()) == QFileInfo(project))
        m_session->flush();
    start(path, std::move(request));
}

void ImportController::reimport(std::optional<qint64> selfOverride, bool lenient)
{
    if (!m_session->hasExport())
        return;
    Request request;
    request.state = m_session->state();
    request.state->selfOverride = selfOverride;
    request.state->lenientImport = lenient;
    start(m_session->state().exportPath, std::move(request));
}

void ImportController::start(const QString &openedPath, Request request)
{
    request.useCache = m_settings && m_settings->useImportCache();
    m_path = openedPath;
    const quint64 ticket = ++m_ticket;
    // The project is read on the worker too: a curated project holds a row per decision,
    // hundreds of thousands of them for a large export, too many to read on the UI thread.
    m_context = runJob<Opened>(
        m_tracker, this, tr("Importing %1").arg(QFileInfo(openedPath).fileName()),
        [request = std::move(request)](JobContext &job) { return load(request, job); },
        [this, ticket](Expected<Opened> result) {
            if (ticket == m_ticket) // a newer open replaced this one
                finish(std::move(result));
        });
    Q_EMIT started(openedPath);
}

void ImportController::finish(Expected<Opened> result)
{
    m_context.reset();
    const QString path = m_path;
    m_path.clear();
    if (!result) {
        fail(result.error(), path);
        return;
    }
    m_lastFailedPath.clear();
    Opened &opened = *result;
    if (opened.reimport) {
        m_session->setSelfOverride(opened.state.selfOverride);
        m_session->replaceExport(std::move(opened.exported));
    } else {
        // The UI thread's own connection to the project (the worker's is closed by now).
        std::unique_ptr<ProjectFile> project;
        auto file = ProjectFile::open(opened.projectPath, true);
        if (file)
            project = std::move(*file);
        else
            Q_EMIT warning(file.error());
        m_session->load(std::move(opened.exported), std::move(opened.state), std::move(project));
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
