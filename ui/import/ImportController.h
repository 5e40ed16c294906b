// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Expected.h"
#include "model/ChatExport.h"
#include "project/ProjectState.h"

#include <QObject>

#include <memory>
#include <optional>

namespace idiolect {

class JobContext;
class JobTracker;
class ProjectFile;
class Session;
class Settings;

/**
 * @brief Opens exports and projects: finds the project, runs the import job, loads the session.
 *
 * Opening an export reuses its automatic project (ProjectFile::defaultPathForExport)
 * so everything the user did comes back; opening a project file imports the
 * export it names. The import runs on the thread pool; the current document
 * stays open until the new one has loaded.
 */
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(Session *session, Settings *settings, JobTracker *tracker,
                     QObject *parent = nullptr);
    ~ImportController() override;

    /** Opens an export folder/file or an .idiolect project. */
    void open(const QString &path);
    /** Extracts and opens the embedded demo export. */
    void openDemo();
    /** Imports the open export again, e.g. with another self or leniently. */
    void reimport(std::optional<qint64> selfOverride, bool lenient);
    /** Retries the last failed open leniently (repairing invalid text). */
    void retryLenient();
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_context != nullptr; }
    [[nodiscard]] QString currentPath() const { return m_path; }

Q_SIGNALS:
    void started(const QString &path);
    void progress(qint64 done, qint64 total);
    void succeeded(const QString &path);
    void failed(const idiolect::Error &error, const QString &path);
    /** The export opened, but something around it did not work (e.g. the project file). */
    void warning(const idiolect::Error &error);

private:
    struct Request;
    struct Opened;

    void openWith(const QString &path, std::optional<bool> lenient);
    void start(const QString &openedPath, Request request);
    void finish(Expected<Opened> result);
    void fail(const Error &error, const QString &path);
    /** On a worker: reads the project (if any) and imports the export it names. */
    static Expected<Opened> load(const Request &request, JobContext &job);

    Session *m_session;
    Settings *m_settings;
    JobTracker *m_tracker;
    std::shared_ptr<JobContext> m_context;
    QString m_path;
    QString m_lastFailedPath;
    quint64 m_ticket = 0;
};

} // namespace idiolect
