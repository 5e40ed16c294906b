// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generation/GenerationResult.h"
#include "jobs/LatestRequest.h"
#include "model/TextLayer.h"
#include "project/ProjectState.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace idiolect {

class ExampleIndex;
class ExampleRenderer;
class Session;

/**
 * The generated examples with the user's review decisions, for the review table.
 * A thin adapter over GenerationResult::examples; decisions come from the
 * Session (keyed by the examples' stable ids), so they survive regeneration.
 * Each row's review state is kept in one byte (ExampleOrder::stateOf), updated
 * only for the decisions that change, so showing, counting and filtering
 * 600,000 examples never looks a decision up by string per row. A change of
 * more ids than Session::asyncThreshold() (a bulk verdict, its undo) has every
 * state recomputed on a worker instead, installed with one dataChanged(); so
 * has a new result when that many decisions exist (the previous rows stay
 * until its states are in, then one reset installs both).
 */
class ExampleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleTableModel)

public:
    enum Column { Status, Type, Partner, Momentum, Output, Date, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ExampleIdRole = Qt::UserRole + 1, ///< The stable id (decisions are keyed by it).
        StatusRole, ///< ReviewStatus as int, for the status filter.
        EditedRole, ///< The output was edited, for the "edited" filter.
        TypeRole, ///< ExampleType as int, for the type filter.
        ThreadIdRole, ///< The chat, for the partner filter.
        MomentumRole, ///< Momentum as int, -1 when the type has none.
    };

    ExampleTableModel(Session *session, QObject *parent = nullptr);
    ~ExampleTableModel() override;

    /**
     * Shows @p result's examples, whose text is read through @p layer. @p index is
     * ExampleIndex::build() of them (the generation job builds it off the UI
     * thread); without it, it is built here.
     */
    void setResult(std::shared_ptr<const GenerationResult> result, TextLayerPtr layer,
                   std::shared_ptr<const ExampleIndex> index = {});
    [[nodiscard]] const std::shared_ptr<const GenerationResult> &result() const { return m_result; }
    [[nodiscard]] const TextLayerPtr &layer() const { return m_layer; }
    [[nodiscard]] Session *session() const { return m_session; }
    [[nodiscard]] const std::shared_ptr<const ExampleIndex> &exampleIndex() const
    {
        return m_index;
    }
    [[nodiscard]] const ExampleRenderer *renderer() const { return m_renderer.get(); }
    [[nodiscard]] const Example *example(int row) const;
    [[nodiscard]] int rowOfId(const QString &id) const;
    /** Every row's review state (ExampleOrder::kStatusMask, kEdited bits). */
    [[nodiscard]] const std::vector<quint8> &states() const { return m_rowStates.states; }
    [[nodiscard]] ReviewStatus status(int row) const;
    /** How many examples have @p status. */
    [[nodiscard]] qint64 count(ReviewStatus status) const
    {
        return m_rowStates.counts[int(status)];
    }
    [[nodiscard]] qint64 editedCount() const { return m_rowStates.edited; }
    /** The output as it will be exported: the edit if there is one, else the rendered text. */
    [[nodiscard]] QString output(int row) const;
    [[nodiscard]] QString originalOutput(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    [[nodiscard]] static QString statusLabel(ReviewStatus status);
    /** States are being computed on a worker (a large change, or a result to install). */
    [[nodiscard]] bool isUpdatingStates() const
    {
        return m_statesRequest.isRunning() || m_resultRequest.isRunning();
    }

Q_SIGNALS:
    /** Row states and counts changed (at once, or when a worker's states are in). */
    void statesChanged();

private:
    /** Every row's state and the counts, as computed from a set of decisions. */
    struct States
    {
        std::vector<quint8> states;
        qint64 counts[3] = {0, 0, 0};
        qint64 edited = 0;

        /** Gives @p row @p state, keeping the counts. */
        void set(size_t row, quint8 state);
    };
    [[nodiscard]] static States computeStates(const ExampleIndex &index, size_t rows,
                                              const QHash<QString, ReviewDecision> &decisions);
    /** A result waiting for its states (computed on a worker when decisions are many). */
    struct PendingResult
    {
        std::shared_ptr<const GenerationResult> result;
        TextLayerPtr layer;
        std::shared_ptr<const ExampleIndex> index;
        States states;
    };
    void install(PendingResult next);
    void preparePendingResult();
    void installStates(States states);
    void decisionsChanged(const QList<QString> &ids);

    Session *m_session;
    std::shared_ptr<const GenerationResult> m_result;
    TextLayerPtr m_layer;
    std::shared_ptr<const ExampleIndex> m_index;
    std::unique_ptr<ExampleRenderer> m_renderer;
    States m_rowStates;
    mutable std::vector<std::optional<QString>> m_outputs; ///< Rendered lazily.
    LatestRequest m_statesRequest;
    std::optional<PendingResult> m_pendingResult;
    LatestRequest m_resultRequest;
};

} // namespace idiolect
