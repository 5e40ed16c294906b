// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "generation/GenerationJob.h"
#include "jobs/LatestRequest.h"
#include "model/TextLayer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace idiolect {

class ExampleIndex;
class JobTracker;
class Session;

/**
 * @brief Runs the generation pipeline for the open project and keeps the latest result.
 *
 * Inputs are the session's chat selection, time span, self and generation
 * settings, and the text layer (raw or anonymized) set by whoever owns the
 * privacy stage. Any change makes the result stale; while auto-run is on
 * (a page that shows examples is visible) a new run starts shortly after the
 * last change, cancelling the one in flight: the latest request wins and
 * stale results are dropped.
 */
class GenerationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationController)

public:
    enum class State {
        NoExport, ///< Nothing open.
        NothingSelected, ///< No chat is used, or no strategy is on.
        WaitingForText, ///< The text layer (e.g. anonymization) is still being built.
        Stale, ///< Inputs changed since the last result.
        Running,
        Ready,
        Failed,
    };
    Q_ENUM(State)

    static constexpr int kDebounceMs = 300;

    GenerationController(Session *session, JobTracker *tracker, QObject *parent = nullptr);
    ~GenerationController() override;

    /** The settings panel's options (strategies and parameters) from the project. */
    [[nodiscard]] GenerationOptions settings() const;
    void setSettings(const GenerationOptions &options);
    /** The full options of the next run: settings plus selection, span and self. */
    [[nodiscard]] GenerationOptions runOptions() const;

    /**
     * Replace personal data before generating (docs/privacy.md: on by default).
     * Kept in the project beside the settings; whoever owns the privacy stage
     * listens to anonymizeChanged() and sets the matching layer.
     */
    [[nodiscard]] bool anonymize() const;
    void setAnonymize(bool on);

    /** The text generation reads (raw or enriched); null = not ready yet (WaitingForText). */
    void setLayer(TextLayerPtr layer);
    [[nodiscard]] const TextLayerPtr &layer() const { return m_layer; }
    /**
     * The text result() was made from: layer() itself, or with anonymization on
     * the privacy stage's layer over it. Pages render and write examples through it.
     */
    [[nodiscard]] const TextLayerPtr &resultLayer() const { return m_resultLayer; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Error &lastError() const { return m_error; }
    /** The newest finished result; stays available while a newer run is in flight. */
    [[nodiscard]] const std::shared_ptr<const GenerationResult> &result() const { return m_result; }
    /** ExampleIndex::build() of result(), made by the run's worker. */
    [[nodiscard]] const std::shared_ptr<const ExampleIndex> &resultIndex() const
    {
        return m_resultIndex;
    }
    /**
     * How many generation jobs were started since the controller was made. Review
     * decisions are not an input: accepting, rejecting or editing never starts one,
     * and the export writes the examples of result().
     */
    [[nodiscard]] quint64 startedRuns() const { return m_runs; }

    /** Regenerate automatically after changes (a page showing examples is visible). */
    void setAutoRun(bool on);
    [[nodiscard]] bool autoRun() const { return m_autoRun; }
    /** Starts a run now (Tools → Generate); a running one is cancelled. */
    void run();

Q_SIGNALS:
    void stateChanged(idiolect::GenerationController::State state);
    /** A new result replaced the previous one. */
    void resultChanged();
    void anonymizeChanged(bool on);

private:
    void inputsChanged();
    void setState(State state);
    struct Run;
    void finished(quint64 ticket, Expected<Run> run);

    Session *m_session;
    JobTracker *m_tracker;
    TextLayerPtr m_layer;
    TextLayerPtr m_resultLayer;
    /** The privacy stage's last layer, reused while its input and the user's lists are the same. */
    struct Anonymized
    {
        TextLayerPtr input;
        QStringList allowList;
        QStringList extraNames;
        QHash<QString, QString> pseudonyms;
        QJsonObject mapping;
        TextLayerPtr layer;
    } m_anonymized;
    std::shared_ptr<const GenerationResult> m_result;
    std::shared_ptr<const ExampleIndex> m_resultIndex;
    quint64 m_runs = 0;
    State m_state = State::NoExport;
    Error m_error;
    bool m_autoRun = false;
    QTimer m_debounce;
    LatestRequest m_latest;
};

} // namespace idiolect
