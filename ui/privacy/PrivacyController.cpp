// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyController.h"

#include "jobs/RunJob.h"
#include "project/Session.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

constexpr int kDebounceMs = 200;
const auto kAccepted = u"accepted"_s;

bool sameInputs(const PrivacyChoices &a, const PrivacyChoices &b)
{
    return a.allowList == b.allowList && a.extraNames == b.extraNames
        && a.pseudonyms == b.pseudonyms;
}

} // namespace

PrivacyController::PrivacyController(Session *session, JobTracker *jobs, QObject *parent)
    : QObject(parent), m_session(session), m_jobs(jobs)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PrivacyController::run);
    connect(m_session, &Session::exportChanged, this, &PrivacyController::exportChanged);
    connect(m_session, &Session::privacyChanged, this, &PrivacyController::choicesChanged);
}

const PrivacyChoices &PrivacyController::choices() const
{
    return m_session->state().privacy;
}

QString PrivacyController::hitId(const PrivacyFinding &f)
{
    return u"%1:%2:%3:%4"_s.arg(QString::number(f.messageId), textFieldName(f.field),
                                QString::number(f.start), piiKindName(f.kind));
}

bool PrivacyController::isAccepted(const PrivacyFinding &finding) const
{
    return choices().hitStatus.value(hitId(finding)) == kAccepted;
}

void PrivacyController::setAccepted(const QList<const PrivacyFinding *> &findings, bool accepted)
{
    PrivacyChoices c = choices();
    for (const PrivacyFinding *f : findings) {
        if (accepted)
            c.hitStatus.insert(hitId(*f), kAccepted);
        else
            c.hitStatus.remove(hitId(*f));
    }
    m_session->setPrivacyChoices(c);
    Q_EMIT statusChanged();
}

void PrivacyController::allowWord(const QString &word)
{
    const QString w = word.trimmed();
    PrivacyChoices c = choices();
    if (w.isEmpty() || c.allowList.contains(w, Qt::CaseInsensitive))
        return;
    c.allowList.append(w);
    c.extraNames.removeAll(w);
    m_session->setPrivacyChoices(c);
}

void PrivacyController::addName(const QString &name)
{
    const QString n = name.simplified();
    PrivacyChoices c = choices();
    if (n.isEmpty() || c.extraNames.contains(n, Qt::CaseInsensitive))
        return;
    c.extraNames.append(n);
    c.allowList.removeIf([&](const QString &w) { return w.compare(n, Qt::CaseInsensitive) == 0; });
    m_session->setPrivacyChoices(c);
}

const PseudonymMap::Entry *PrivacyController::personOf(const PrivacyFinding &finding) const
{
    if (!m_result || finding.kind != PiiKind::Name || finding.canonical.isEmpty())
        return nullptr;
    const PseudonymMap::Entry *e = m_result->mapping.find(PiiKind::Name, finding.canonical);
    return e && !e->group ? e : nullptr;
}

bool PrivacyController::setPseudonym(const PrivacyFinding &finding, const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty() || !personOf(finding))
        return false;
    PrivacyChoices c = choices();
    c.pseudonyms.insert(finding.canonical, n);
    m_session->setPrivacyChoices(c);
    return true;
}

PrivacyConfig PrivacyController::configFor(const PrivacyChoices &choices)
{
    PrivacyConfig config = PrivacyConfig::defaults();
    config.allowList = choices.allowList;
    config.extraNames = choices.extraNames;
    return config;
}

PseudonymMap PrivacyController::mappingFor(const PrivacyChoices &choices)
{
    PseudonymMap map;
    if (!choices.mapping.isEmpty()) {
        if (auto loaded = PseudonymMap::fromJson(choices.mapping))
            map = std::move(*loaded);
    }
    for (auto it = choices.pseudonyms.cbegin(); it != choices.pseudonyms.cend(); ++it) {
        const QString given = it.value().section(u' ', 0, 0);
        const QString family = it.value().section(u' ', 1);
        map.setPersonName(it.key(), given, family);
    }
    return map;
}

void PrivacyController::exportChanged()
{
    m_latest.cancel();
    m_debounce.stop();
    m_result.reset();
    m_resultInput.reset();
    m_stale = true;
    Q_EMIT runningChanged(false);
    Q_EMIT resultChanged();
    if (m_wanted && m_session->hasExport())
        m_debounce.start();
}

bool PrivacyController::inputsDiffer() const
{
    return !sameInputs(m_ranWith, choices());
}

void PrivacyController::choicesChanged()
{
    if (!m_session->hasExport() || !inputsDiffer())
        return;
    m_stale = true;
    if (m_wanted)
        m_debounce.start();
}

void PrivacyController::setInput(TextLayerPtr input)
{
    if (input == m_input)
        return;
    m_input = std::move(input);
    if (!m_session->hasExport())
        return;
    m_stale = true;
    if (m_wanted)
        m_debounce.start();
}

void PrivacyController::ensureCurrent()
{
    m_wanted = true;
    if (m_session->hasExport() && m_stale && !m_latest.isRunning())
        run();
}

void PrivacyController::run()
{
    m_debounce.stop();
    if (!m_session->hasExport())
        return;
    m_stale = false;
    m_ranWith = choices();
    // An input layer from an earlier export (a re-import) is not this export's text.
    if (m_input && m_input->chatExportPtr() != m_session->chatExport())
        m_input.reset();
    m_runInput = m_input ? m_input : std::make_shared<const TextLayer>(m_session->chatExport());
    PrivacyParams params;
    params.input = m_runInput;
    params.config = configFor(m_ranWith);
    params.mapping = mappingFor(m_ranWith);
    auto ticket = std::make_shared<quint64>(0);
    auto context = runJob<PrivacyResult>(
        m_jobs, this, tr("Finding personal data"),
        [params](JobContext &job) { return PrivacyJob::run(params, job); },
        [this, ticket](Expected<PrivacyResult> result) {
            if (!m_latest.isCurrent(*ticket))
                return;
            m_latest.finish(*ticket);
            finish(std::move(result));
        });
    *ticket = m_latest.begin(context);
    Q_EMIT runningChanged(true);
}

void PrivacyController::finish(Expected<PrivacyResult> result)
{
    Q_EMIT runningChanged(false);
    if (!result) {
        if (result.error().code == ErrorCode::Canceled) {
            m_stale = true;
        } else {
            Q_EMIT failed(result.error().message);
        }
        return;
    }
    m_result = std::move(*result);
    m_resultInput = m_runInput;
    // Keep the numbering for the next run and the next session.
    PrivacyChoices c = choices();
    c.mapping = m_result->mapping.toJson();
    m_session->setPrivacyChoices(c);
    Q_EMIT resultChanged();
    if (inputsDiffer()) // the user changed something while this ran
        m_debounce.start();
}

} // namespace idiolect
