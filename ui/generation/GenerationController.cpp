// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationController.h"

#include "GenerationOptionsJson.h"
#include "jobs/BackgroundRelease.h"
#include "jobs/RunJob.h"
#include "privacy/PrivacyController.h"
#include "privacy/PrivacyJob.h"
#include "project/Session.h"
#include "review/ExampleIndex.h"

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {
// Stored in the generation settings object, which GenerationOptionsJson does not read.
const auto kAnonymizeKey = u"anonymize"_s;
} // namespace

/** What one run returns: the examples, their index and the text they were made from. */
struct GenerationController::Run
{
    std::shared_ptr<const GenerationResult> result;
    std::shared_ptr<const ExampleIndex> index;
    TextLayerPtr layer;
};

GenerationController::GenerationController(Session *session, JobTracker *tracker, QObject *parent)
    : QObject(parent), m_session(session), m_tracker(tracker)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (m_autoRun && m_state == State::Stale)
            run();
    });
    connect(m_session, &Session::exportChanged, this, [this] {
        releaseInBackground(std::exchange(m_result, {}));
        releaseInBackground(std::exchange(m_resultIndex, {}));
        m_resultLayer.reset();
        m_layer.reset();
        m_anonymized = {};
        m_latest.cancel();
        Q_EMIT resultChanged();
        inputsChanged();
    });
    for (auto signal : {&Session::selectionChanged, &Session::dateRangeChanged,
                        &Session::generationSettingsChanged, &Session::privacyChanged}) {
        connect(m_session, signal, this, &GenerationController::inputsChanged);
    }
}

GenerationController::~GenerationController()
{
    m_latest.cancel();
}

GenerationOptions GenerationController::settings() const
{
    return GenerationOptionsJson::fromJson(m_session->state().generation);
}

void GenerationController::setSettings(const GenerationOptions &options)
{
    QJsonObject json = GenerationOptionsJson::toJson(options);
    json.insert(kAnonymizeKey, anonymize());
    m_session->setGenerationSettings(json);
}

bool GenerationController::anonymize() const
{
    return m_session->state().generation.value(kAnonymizeKey).toBool(true);
}

void GenerationController::setAnonymize(bool on)
{
    if (on == anonymize())
        return;
    QJsonObject json = m_session->state().generation;
    json.insert(kAnonymizeKey, on);
    m_session->setGenerationSettings(json);
    Q_EMIT anonymizeChanged(on);
}

GenerationOptions GenerationController::runOptions() const
{
    GenerationOptions options = settings();
    if (!m_session->hasExport())
        return options;
    const ChatExport &ex = *m_session->chatExport();
    options.filters.partners.clear();
    for (qint64 id : m_session->includedThreadIds()) {
        options.filters.partners.append(QString::number(id));
        const int index = ex.threadIndexById(id);
        if (index >= 0 && ex.threads[size_t(index)].isNoteToSelf)
            options.includeNoteToSelf = true;
    }
    const DateRange &range = m_session->state().range;
    const QDate from = range.effectiveFrom(m_session->lastDay());
    const QDate to = range.effectiveTo(m_session->lastDay());
    options.filters.from = from.isValid() ? std::optional<QDate>(from) : std::nullopt;
    options.filters.to = to.isValid() ? std::optional<QDate>(to.addDays(1)) : std::nullopt;
    if (ex.self.isKnown())
        options.selfId = ex.self.id;
    return options;
}

void GenerationController::setLayer(TextLayerPtr layer)
{
    m_layer = std::move(layer);
    inputsChanged();
}

void GenerationController::setAutoRun(bool on)
{
    m_autoRun = on;
    if (on && m_state == State::Stale)
        m_debounce.start();
}

void GenerationController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void GenerationController::inputsChanged()
{
    m_latest.cancel();
    if (!m_session->hasExport()) {
        setState(State::NoExport);
        return;
    }
    if (m_session->includedThreadCount() == 0 || settings().strategies.isEmpty()) {
        setState(State::NothingSelected);
        return;
    }
    if (!m_layer) {
        setState(State::WaitingForText);
        return;
    }
    setState(State::Stale);
    if (m_autoRun)
        m_debounce.start();
}

void GenerationController::run()
{
    m_debounce.stop();
    if (m_state == State::NoExport || m_state == State::NothingSelected
        || m_state == State::WaitingForText)
        return;
    GenerationParams params;
    params.layer = m_layer;
    params.options = runOptions();
    // With anonymization on, generation reads the privacy stage's layer over the input
    // (docs/privacy.md); it is computed once and reused while the input and lists stay.
    const bool anonymize = this->anonymize();
    const PrivacyChoices &choices = m_session->state().privacy;
    const bool reuse = m_anonymized.layer && m_anonymized.input == m_layer
        && m_anonymized.allowList == choices.allowList
        && m_anonymized.extraNames == choices.extraNames
        && m_anonymized.pseudonyms == choices.pseudonyms && m_anonymized.mapping == choices.mapping;
    if (anonymize && reuse)
        params.layer = m_anonymized.layer;
    PrivacyParams privacy;
    if (anonymize && !reuse) {
        privacy.input = m_layer;
        // The Privacy page's lists, chosen names and numbering, so the dataset says what it shows.
        privacy.config = PrivacyController::configFor(choices);
        privacy.mapping = PrivacyController::mappingFor(choices);
        privacy.collectFindings = false;
        m_anonymized
            = {m_layer, choices.allowList, choices.extraNames, choices.pseudonyms, choices.mapping,
               {}};
    }
    auto context = std::make_shared<JobContext>();
    const quint64 ticket = m_latest.begin(context);
    ++m_runs;
    setState(State::Running);
    runJob<Run>(
        m_tracker, this, tr("Generating examples"), context,
        [params, privacy](JobContext &job) -> Expected<Run> {
            GenerationParams p = params;
            if (privacy.input) {
                auto anonymized = PrivacyJob::run(privacy, job);
                if (!anonymized)
                    return anonymized.error();
                p.layer = anonymized->layer;
            }
            auto result = GenerationJob::run(p, job);
            if (!result)
                return result.error();
            // Everything the pages need per example is prepared here, not on the UI thread.
            auto shared = std::make_shared<const GenerationResult>(std::move(*result));
            auto index = ExampleIndex::build(*shared, *p.layer);
            return Run{std::move(shared), std::move(index), p.layer};
        },
        [this, ticket](Expected<Run> run) { finished(ticket, std::move(run)); });
}

void GenerationController::finished(quint64 ticket, Expected<Run> result)
{
    if (!m_latest.isCurrent(ticket))
        return; // a newer request replaced this one; its result is stale
    m_latest.finish(ticket);
    if (!result) {
        if (result.error().code == ErrorCode::Canceled) {
            setState(State::Stale);
            return;
        }
        m_error = result.error();
        setState(State::Failed);
        return;
    }
    m_error = {};
    if (anonymize() && result->layer != m_layer && m_anonymized.input == m_layer)
        m_anonymized.layer = result->layer;
    m_resultLayer = result->layer;
    // The old result is freed off the UI thread once the pages have let go of it.
    auto previous = std::exchange(m_result, std::move(result->result));
    auto previousIndex = std::exchange(m_resultIndex, std::move(result->index));
    setState(State::Ready);
    Q_EMIT resultChanged();
    releaseInBackground(std::move(previous));
    releaseInBackground(std::move(previousIndex));
}

} // namespace idiolect
