// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QDateTime>

namespace idiolect {

Session::Session(QObject *parent) : QObject(parent)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { flush(); });
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
    QList<QString> changedIds;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (decision(it.key()) == it.value())
            continue;
        if (it->isDefault())
            m_state.decisions.remove(it.key());
        else
            m_state.decisions.insert(it.key(), it.value());
        m_dirtyDecisions.insert(it.key());
        changedIds.append(it.key());
    }
    if (changedIds.isEmpty())
        return;
    markDirty(ProjectFile::Decisions);
    Q_EMIT decisionsChanged(changedIds);
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

bool Session::flush()
{
    m_autosave.stop();
    if (!m_file || !m_dirty)
        return true;
    const Status status = m_file->save(m_state, m_dirty, &m_dirtyDecisions);
    if (!status) {
        Q_EMIT saveFailed(status.error());
        return false;
    }
    m_dirty = {};
    m_dirtyDecisions.clear();
    Q_EMIT saved();
    return true;
}

} // namespace idiolect
