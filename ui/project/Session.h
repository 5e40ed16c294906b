// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DecisionChange.h"
#include "ProjectFile.h"
#include "ProjectSaveGate.h"
#include "ProjectState.h"
#include "model/ChatExport.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace idiolect {

/**
 * @brief The open document: the imported export plus the project state.
 *
 * Pages read from it and change it only through its setters, which emit a
 * specific signal and schedule an autosave: whatever changed is written to
 * the project file within kAutosaveDelayMs, so killing the app loses at most
 * that much. Lives on the UI thread.
 *
 * Decision changes of more than asyncThreshold() ids (a bulk action over a
 * filter of 346,000 examples, its undo and redo) are applied on a worker to a
 * snapshot and swapped in at once, in the order they were made; an autosave
 * with that many decisions writes them on a worker with its own connection,
 * in one transaction. The UI thread never walks such a change id by id.
 */
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    static constexpr int kAutosaveDelayMs = 400;
    /** Decision changes (and autosaves) with more ids than this run on a worker. */
    static constexpr qsizetype kDefaultAsyncThreshold = 4000;

    /** Makes a decision change when its turn comes (an undo's change is known only then). */
    using ChangeSource = std::function<DecisionChange()>;
    /** Told on the UI thread what a change did, once it is in the state. */
    using AppliedHandler = std::function<void(const DecisionChange::Applied &)>;

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
    /**
     * Applies @p make()'s change after every change asked for before it: at once
     * when it is small and none is pending, else on a worker (decisionsChanged()
     * comes when it is in). @p applied, if set, hears what changed (for undo).
     */
    void changeDecisions(ChangeSource make, AppliedHandler applied = {});
    /** Decision changes are waiting or being applied on a worker. */
    [[nodiscard]] bool isApplyingDecisions() const { return m_applying || !m_pending.empty(); }
    /** Applies every pending decision change now, on this thread (close, flush). */
    void settleDecisions();
    void setAsyncThreshold(qsizetype ids) { m_asyncThreshold = ids; }
    [[nodiscard]] qsizetype asyncThreshold() const { return m_asyncThreshold; }

    void setPrivacyChoices(const PrivacyChoices &choices);

    /** Writes pending changes now, on this thread (close() and the autosave of
     *  small changes do). Returns false if writing failed; saveFailed() then
     *  carries the error. */
    bool flush();
    /** An autosave of many decisions is being written on a worker. */
    [[nodiscard]] bool isSaving() const { return m_saving; }
    [[nodiscard]] bool hasUnsavedChanges() const
    {
        return bool(m_dirty) || m_saving || isApplyingDecisions();
    }

Q_SIGNALS:
    void exportChanged();
    void selectionChanged();
    void dateRangeChanged();
    void generationSettingsChanged();
    void exportOptionsChanged();
    void enrichmentChanged();
    void decisionsChanged(const QList<QString> &exampleIds);
    void privacyChanged();
    /** A large autosave started writing on a worker; saved() or saveFailed() follows. */
    void savingStarted();
    void saved();
    void saveFailed(const idiolect::Error &error);

private:
    struct PendingChange
    {
        ChangeSource make;
        AppliedHandler applied;
    };

    void markDirty(ProjectFile::Parts parts);
    void setExportDays();
    void applyPending();
    void finishChange(const DecisionChange::Applied &applied, const AppliedHandler &handler);
    void autosave();
    void saveInBackground();

    ChatExportPtr m_export;
    ProjectState m_state;
    std::unique_ptr<ProjectFile> m_file;
    ProjectFile::Parts m_dirty;
    QList<QString> m_dirtyDecisions; ///< May repeat an id (writing it twice is harmless).
    QTimer m_autosave;
    std::deque<PendingChange> m_pending;
    std::optional<PendingChange> m_inFlight; ///< On a worker; its change in m_inFlightChange.
    DecisionChange m_inFlightChange;
    bool m_applying = false;
    quint64 m_applyTicket = 0; ///< A worker result with an older ticket is dropped.
    qsizetype m_asyncThreshold = kDefaultAsyncThreshold;
    bool m_saving = false; ///< A background save runs.
    ProjectFile::Parts m_savingParts;
    QList<QString> m_savingDecisions;
    std::shared_ptr<ProjectSaveGate> m_gate;
    QDate m_firstDay;
    QDate m_lastDay;
};

} // namespace idiolect
