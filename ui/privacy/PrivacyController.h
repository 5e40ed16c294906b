// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/LatestRequest.h"
#include "privacy/PrivacyJob.h"
#include "project/ProjectState.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace idiolect {

class JobTracker;
class Session;

/**
 * Runs the privacy stage (core/privacy) over the open export with the
 * project's choices, and applies the Privacy page's actions to those choices.
 *
 * Allow-listed words, added names and chosen pseudonyms are kept in the
 * session's PrivacyChoices (so they are autosaved in the project); every
 * change re-runs the stage as a background job, latest request wins. The
 * pseudonym map of each run is stored back, so numbering stays stable.
 */
class PrivacyController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyController)

public:
    PrivacyController(Session *session, JobTracker *jobs, QObject *parent = nullptr);

    /**
     * The text the stage reads: the layer below it (enrichment). Null means the
     * export's own text. A new input re-runs the stage if a result was asked for.
     */
    void setInput(TextLayerPtr input);
    /** Runs the stage now if its inputs changed since the last run. */
    void ensureCurrent();
    [[nodiscard]] bool isRunning() const { return m_latest.isRunning(); }
    [[nodiscard]] bool isStale() const { return m_stale; }

    /** The last run's result (anonymized layer, report, mapping), if any. */
    [[nodiscard]] const std::optional<PrivacyResult> &result() const { return m_result; }
    /** The text the last result was computed from (its findings' offsets refer to it). */
    [[nodiscard]] const TextLayerPtr &resultInput() const { return m_resultInput; }
    [[nodiscard]] const PrivacyChoices &choices() const;

    /** Stable id of a finding, for the accepted status in the project. */
    [[nodiscard]] static QString hitId(const PrivacyFinding &finding);
    [[nodiscard]] bool isAccepted(const PrivacyFinding &finding) const;
    void setAccepted(const QList<const PrivacyFinding *> &findings, bool accepted);
    /** Never treat @p word as personal data again (re-runs). */
    void allowWord(const QString &word);
    /** Treat @p name like a contact's name (re-runs). */
    void addName(const QString &name);
    /** Gives the person behind @p finding the pseudonym @p name ("Maria Weber"). */
    bool setPseudonym(const PrivacyFinding &finding, const QString &name);
    /** The person entry behind a name finding, or nullptr (groups, other kinds). */
    [[nodiscard]] const PseudonymMap::Entry *personOf(const PrivacyFinding &finding) const;

    /** The config a run uses: defaults plus the user's lists. */
    [[nodiscard]] static PrivacyConfig configFor(const PrivacyChoices &choices);
    /** The project's mapping with the user's chosen names applied. */
    [[nodiscard]] static PseudonymMap mappingFor(const PrivacyChoices &choices);

Q_SIGNALS:
    /** A run started (true) or ended (false). */
    void runningChanged(bool running);
    /** result() changed (or was cleared). */
    void resultChanged();
    /** Accepted statuses changed (no re-run needed). */
    void statusChanged();
    void failed(const QString &message);

private:
    void choicesChanged();
    void exportChanged();
    void run();
    void finish(Expected<PrivacyResult> result);
    [[nodiscard]] bool inputsDiffer() const;

    Session *m_session;
    JobTracker *m_jobs;
    LatestRequest m_latest;
    QTimer m_debounce;
    bool m_stale = true;
    bool m_wanted = false; ///< Someone asked for a result: re-run on changes.
    std::optional<PrivacyResult> m_result;
    TextLayerPtr m_input; ///< Null: the export's own text.
    TextLayerPtr m_runInput; ///< The input of the running job.
    TextLayerPtr m_resultInput;
    PrivacyChoices m_ranWith; ///< The inputs of the last started run.
};

} // namespace idiolect
