// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "jobs/BackgroundRelease.h"
#include "jobs/RunJob.h"

#include <QDateTime>

namespace idiolect {

namespace {

/** A decision change applied on a worker: the new decisions and what changed. */
struct AppliedChange
{
    QHash<QString, ReviewDecision> decisions;
    DecisionChange::Applied applied;
};

} // namespace

Session::Session(QObject *parent) : QObject(parent), m_gate(std::make_shared<ProjectSaveGate>())
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &Session::autosave);
}

Session::~Session()
{
    flush();
}

void Session::load(ChatExportPtr chatExport, ProjectState state, std::unique_ptr<ProjectFile> file)
{
    flush();
    m_export = std::move(chatExport);
    m_state = std::move(state);
    m_file = std::move(file);
    m_dirty = {};
    m_dirtyDecisions.clear();
    setExportDays();
    if (m_file)
        markDirty(ProjectFile::Meta); // records the export path, version and defaults
    Q_EMIT exportChanged();
}

void Session::replaceExport(ChatExportPtr chatExport)
{
    m_export = std::move(chatExport);
    setExportDays();
    Q_EMIT exportChanged();
}

void Session::setExportDays()
{
    qint64 first = 0, last = 0;
    if (m_export) {
        for (const Thread &t : m_export->threads) {
            if (t.firstDateSent > 0 && (first == 0 || t.firstDateSent < first))
                first = t.firstDateSent;
            last = std::max(last, t.lastDateSent);
        }
    }
    m_firstDay = first > 0 ? QDateTime::fromMSecsSinceEpoch(first).date() : QDate();
    m_lastDay = last > 0 ? QDateTime::fromMSecsSinceEpoch(last).date() : QDate();
}

void Session::close()
{
    flush();
    m_export.reset();
    m_file.reset();
    m_state = {};
    m_firstDay = m_lastDay = {};
    Q_EMIT exportChanged();
}

QString Session::projectPath() const
{
    return m_file ? m_file->path() : QString();
}

bool Session::includedByDefault(const Thread &thread)
{
    return !thread.isNoteToSelf && !thread.blocked && thread.outgoingTextMessages > 0;
}

bool Session::isThreadIncluded(int threadIndex) const
{
    if (!m_export || threadIndex < 0 || size_t(threadIndex) >= m_export->threads.size())
        return false;
    const Thread &t = m_export->threads[size_t(threadIndex)];
    const auto it = m_state.threadIncluded.constFind(t.id);
    return it != m_state.threadIncluded.cend() ? *it : includedByDefault(t);
}

void Session::setThreadsIncluded(const QList<int> &threadIndexes, bool included)
{
    if (!m_export)
        return;
    bool changed = false;
    for (int index : threadIndexes) {
        if (index < 0 || size_t(index) >= m_export->threads.size()
            || isThreadIncluded(index) == included)
            continue;
        m_state.threadIncluded.insert(m_export->threads[size_t(index)].id, included);
        changed = true;
    }
    if (!changed)
        return;
    markDirty(ProjectFile::Selection);
    Q_EMIT selectionChanged();
}

QList<qint64> Session::includedThreadIds() const
{
    QList<qint64> ids;
    if (!m_export)
        return ids;
    for (size_t i = 0; i < m_export->threads.size(); ++i) {
        if (isThreadIncluded(int(i)))
            ids.append(m_export->threads[i].id);
    }
    return ids;
}

int Session::includedThreadCount() const
{
    return int(includedThreadIds().size());
}

void Session::setDateRange(const DateRange &range)
{
    if (m_state.range == range)
        return;
    m_state.range = range;
    markDirty(ProjectFile::Meta);
    Q_EMIT dateRangeChanged();
}

void Session::setSelfOverride(std::optional<qint64> self)
{
    if (m_state.selfOverride == self)
        return;
    m_state.selfOverride = self;
    markDirty(ProjectFile::Meta);
}

void Session::setGenerationSettings(const QJsonObject &settings)
{
    if (m_state.generation == settings)
        return;
    m_state.generation = settings;
    markDirty(ProjectFile::Meta);
    Q_EMIT generationSettingsChanged();
}

void Session::setExportOptions(const QJsonObject &options)
{
    if (m_state.exportOptions == options)
        return;
    m_state.exportOptions = options;
    markDirty(ProjectFile::Meta);
    Q_EMIT exportOptionsChanged();
}

void Session::setEnrichment(const QJsonObject &enrichment)
{
    if (m_state.enrichment == enrichment)
        return;
    m_state.enrichment = enrichment;
    markDirty(ProjectFile::Meta);
    Q_EMIT enrichmentChanged();
}

ReviewDecision Session::decision(const QString &exampleId) const
{
    return m_state.decisions.value(exampleId);
}

void Session::setDecisions(const QHash<QString, ReviewDecision> &changes)
{
    if (!changes.isEmpty())
        changeDecisions([change = DecisionChange::fromHash(changes)] { return change; });
}

void Session::changeDecisions(ChangeSource make, AppliedHandler applied)
{
    m_pending.push_back({std::move(make), std::move(applied)});
    applyPending();
}

void Session::applyPending()
{
    while (!m_applying && !m_pending.empty()) {
        PendingChange next = std::move(m_pending.front());
        m_pending.pop_front();
        DecisionChange change = next.make ? next.make() : DecisionChange();
        if (change.size() <= m_asyncThreshold) {
            finishChange(change.apply(m_state.decisions), next.applied);
            continue;
        }
        // A snapshot goes to the worker (sharing, not copying); only it pays for the copy.
        m_applying = true;
        const quint64 ticket = ++m_applyTicket;
        m_inFlight = std::move(next);
        m_inFlightChange = change;
        runJob<AppliedChange>(
            nullptr, this, {},
            [decisions = m_state.decisions, change = std::move(change)](JobContext &) {
                AppliedChange done;
                done.decisions = decisions; // shares; the first change copies, here
                done.applied = change.apply(done.decisions);
                return Expected<AppliedChange>(std::move(done));
            },
            [this, ticket](Expected<AppliedChange> done) {
                if (ticket != m_applyTicket)
                    return; // settleDecisions() applied it here meanwhile
                if (!done) { // cannot happen short of running out of memory: apply it here
                    settleDecisions();
                    return;
                }
                m_applying = false;
                const PendingChange finished = *std::exchange(m_inFlight, std::nullopt);
                m_inFlightChange = {};
                auto old = std::make_shared<QHash<QString, ReviewDecision>>(
                    std::exchange(m_state.decisions, std::move(done->decisions)));
                releaseInBackground(std::move(old));
                finishChange(done->applied, finished.applied);
                applyPending();
            });
    }
}

void Session::settleDecisions()
{
    if (m_applying) {
        ++m_applyTicket; // the worker's result is dropped
        m_applying = false;
        const PendingChange change = *std::exchange(m_inFlight, std::nullopt);
        finishChange(std::exchange(m_inFlightChange, {}).apply(m_state.decisions), change.applied);
    }
    while (!m_pending.empty()) {
        PendingChange next = std::move(m_pending.front());
        m_pending.pop_front();
        const DecisionChange change = next.make ? next.make() : DecisionChange();
        finishChange(change.apply(m_state.decisions), next.applied);
    }
}

void Session::finishChange(const DecisionChange::Applied &applied, const AppliedHandler &handler)
{
    if (handler)
        handler(applied);
    if (applied.forward.isEmpty())
        return;
    m_dirtyDecisions.append(applied.forward.ids);
    markDirty(ProjectFile::Decisions);
    Q_EMIT decisionsChanged(applied.forward.ids);
}

void Session::setPrivacyChoices(const PrivacyChoices &choices)
{
    if (m_state.privacy == choices)
        return;
    m_state.privacy = choices;
    markDirty(ProjectFile::Privacy);
    Q_EMIT privacyChanged();
}

void Session::markDirty(ProjectFile::Parts parts)
{
    m_dirty |= parts;
    if (m_file && !m_autosave.isActive())
        m_autosave.start();
}

void Session::autosave()
{
    if (isApplyingDecisions() || m_saving) {
        m_autosave.start(); // after them
        return;
    }
    if (m_file && m_dirtyDecisions.size() > m_asyncThreshold)
        saveInBackground();
    else
        flush();
}

void Session::saveInBackground()
{
    m_saving = true;
    m_savingParts = std::exchange(m_dirty, {});
    m_savingDecisions = std::exchange(m_dirtyDecisions, {});
    const quint64 sequence = m_gate->nextSequence();
    runJob<bool>(
        nullptr, this, {},
        [path = m_file->path(), snapshot = std::make_shared<std::optional<ProjectState>>(m_state),
         parts = m_savingParts, ids = m_savingDecisions, gate = m_gate, sequence](JobContext &) {
            return gate->saveSnapshot(path, snapshot, parts, ids, sequence);
        },
        [this, sequence](Expected<bool> written) {
            if (!m_saving || sequence != m_gate->lastSequence())
                return; // flush() took this save over
            m_saving = false;
            if (!written) {
                m_dirty |= std::exchange(m_savingParts, {});
                m_dirtyDecisions.append(std::exchange(m_savingDecisions, {}));
                Q_EMIT saveFailed(written.error());
                return;
            }
            m_savingParts = {};
            m_savingDecisions.clear();
            if (!m_dirty)
                Q_EMIT saved();
        });
    Q_EMIT savingStarted();
}

bool Session::flush()
{
    m_autosave.stop();
    settleDecisions();
    if (m_saving) { // write what the background save writes too, whoever comes first
        m_saving = false;
        m_dirty |= std::exchange(m_savingParts, {});
        m_dirtyDecisions.append(std::exchange(m_savingDecisions, {}));
    }
    if (!m_file || !m_dirty)
        return true;
    // Waits only while a background save writes (close() right after a bulk change).
    const Expected<bool> written
        = m_gate->save(*m_file, m_gate->nextSequence(), m_state, m_dirty, &m_dirtyDecisions);
    if (!written) {
        Q_EMIT saveFailed(written.error());
        return false;
    }
    m_dirty = {};
    m_dirtyDecisions.clear();
    Q_EMIT saved();
    return true;
}

} // namespace idiolect
