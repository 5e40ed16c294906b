// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generation/GenerationResult.h"
#include "model/TextLayer.h"
#include "project/ProjectState.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>

namespace idiolect {

class ExampleRenderer;
class Session;

/**
 * The generated examples with the user's review decisions, for the review table.
 * A thin adapter over GenerationResult::examples; decisions come from the
 * Session (keyed by the examples' stable ids), so they survive regeneration.
 */
class ExampleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleTableModel)

public:
    enum Column { Status, Type, Partner, Momentum, Output, Date, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< Raw value for numeric/date sorting.
        ExampleIdRole, ///< The stable id (decisions are keyed by it).
        StatusRole, ///< ReviewStatus as int, for the status filter.
        EditedRole, ///< The output was edited, for the "edited" filter.
        TypeRole, ///< ExampleType as int, for the type filter.
        ThreadIdRole, ///< The chat, for the partner filter.
        MomentumRole, ///< Momentum as int, -1 when the type has none.
        SearchTextRole, ///< Output, partner and instruction, for the text filter.
    };

    ExampleTableModel(Session *session, QObject *parent = nullptr);
    ~ExampleTableModel() override;

    /** Shows @p result's examples, whose text is read through @p layer. */
    void setResult(std::shared_ptr<const GenerationResult> result, TextLayerPtr layer);
    [[nodiscard]] const std::shared_ptr<const GenerationResult> &result() const { return m_result; }
    [[nodiscard]] const TextLayerPtr &layer() const { return m_layer; }
    [[nodiscard]] const ExampleRenderer *renderer() const { return m_renderer.get(); }
    [[nodiscard]] const Example *example(int row) const;
    [[nodiscard]] int rowOfId(const QString &id) const { return m_rows.value(id, -1); }
    /** The output as it will be exported: the edit if there is one, else the rendered text. */
    [[nodiscard]] QString output(int row) const;
    [[nodiscard]] QString originalOutput(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    [[nodiscard]] static QString statusLabel(ReviewStatus status);

private:
    void decisionsChanged(const QList<QString> &ids);

    Session *m_session;
    std::shared_ptr<const GenerationResult> m_result;
    TextLayerPtr m_layer;
    std::unique_ptr<ExampleRenderer> m_renderer;
    QHash<QString, int> m_rows;
    QList<QString> m_ids;
    mutable std::vector<std::optional<QString>> m_outputs; ///< Rendered lazily.
};

} // namespace idiolect
