// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectFile.h"
#include "ProjectState.h"
#include "model/ChatExport.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace idiolect {

/**
 * @brief The open document: the imported export plus the project state.
 *
 * Pages read from it and change it only through its setters, which emit a
 * specific signal and schedule an autosave: whatever changed is written to
 * the project file within kAutosaveDelayMs, so killing the app loses at most
 * that much. Lives on the UI thread.
 */
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    static constexpr int kAutosaveDelayMs = 400;

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    /** Replaces the document. @p file may be null (nothing is saved then). */
    void load(ChatExportPtr chatExport, ProjectState state, std::unique_ptr<ProjectFile> file);
    /** Swaps in a re-imported export (e.g. with another self), keeping state and file. */
    void replaceExport(ChatExportPtr chatExport);
    /** Saves pending changes and closes the document. */
    void close();

    [[nodiscard]] bool hasExport() const { return m_export != nullptr; }
    [[nodiscard]] const ChatExportPtr &chatExport() const { return m_export; }
    [[nodiscard]] const ProjectState &state() const { return m_state; }
    [[nodiscard]] QString projectPath() const;
    /** The last local day with a message (for date presets). */
    [[nodiscard]] QDate lastDay() const { return m_lastDay; }
    [[nodiscard]] QDate firstDay() const { return m_firstDay; }

    // Thread selection
    [[nodiscard]] bool isThreadIncluded(int threadIndex) const;
    /** What a thread gets before the user decides: unblocked chats where you wrote something. */
    [[nodiscard]] static bool includedByDefault(const Thread &thread);
    void setThreadsIncluded(const QList<int> &threadIndexes, bool included);
    [[nodiscard]] QList<qint64> includedThreadIds() const;
    [[nodiscard]] int includedThreadCount() const;

    void setDateRange(const DateRange &range);
    void setSelfOverride(std::optional<qint64> self);
    void setGenerationSettings(const QJsonObject &settings);
    void setExportOptions(const QJsonObject &options);
    void setEnrichment(const QJsonObject &enrichment);

    // Review decisions (keyed by the example's stable id)
    [[nodiscard]] ReviewDecision decision(const QString &exampleId) const;
    void setDecisions(const QHash<QString, ReviewDecision> &changes);

    void setPrivacyChoices(const PrivacyChoices &choices);

    /** Writes pending changes now (also done by the autosave timer and close()).
     *  Returns false if writing failed; saveFailed() then carries the error. */
    bool flush();
    [[nodiscard]] bool hasUnsavedChanges() const { return bool(m_dirty); }

Q_SIGNALS:
    void exportChanged();
    void selectionChanged();
    void dateRangeChanged();
    void generationSettingsChanged();
    void exportOptionsChanged();
    void enrichmentChanged();
    void decisionsChanged(const QList<QString> &exampleIds);
    void privacyChanged();
    void saved();
    void saveFailed(const idiolect::Error &error);

private:
    void markDirty(ProjectFile::Parts parts);
    void setExportDays();

    ChatExportPtr m_export;
    ProjectState m_state;
    std::unique_ptr<ProjectFile> m_file;
    ProjectFile::Parts m_dirty;
    QSet<QString> m_dirtyDecisions;
    QTimer m_autosave;
    QDate m_firstDay;
    QDate m_lastDay;
};

} // namespace idiolect
