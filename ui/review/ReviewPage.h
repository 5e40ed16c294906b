// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectState.h"
#include "shell/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QPushButton;
class QUndoStack;

namespace idiolect {

class EmptyState;
class ExampleFilterProxy;
class ExampleTableModel;
class GenerationController;
class ReviewDetail;
class Session;

/**
 * Review: every generated example in a table with the selected one in full.
 * Single keys judge and move (J/K next/previous, A accept, R reject, E edit),
 * every verdict is undoable, and a verdict can be applied to everything the
 * filter shows. Decisions are kept by the examples' stable ids.
 */
class ReviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    ReviewPage(Session *session, GenerationController *generation, QWidget *parent = nullptr);

    [[nodiscard]] QString pageId() const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    [[nodiscard]] bool usesGeneration() const override { return true; }
    bool focusSearch() override;
    void activate() override;

    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] ExampleTableModel *model() const { return m_model; }
    [[nodiscard]] ExampleFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] ReviewDetail *detail() const { return m_detail; }
    [[nodiscard]] QLabel *countsLabel() const { return m_counts; }

    /** Moves the selection by @p delta rows (J = +1, K = -1). */
    void step(int delta);
    /** Sets the status of the current example and moves to the next one. */
    void judgeCurrent(ReviewStatus status);
    /** Sets @p status for every example the filter shows (one undo step). */
    void judgeAllShown(ReviewStatus status);

Q_SIGNALS:
    void previewRequested();

private:
    QWidget *createFilterBar();
    void resultChanged();
    void stateChanged();
    void updateCounts();
    void showCurrent();
    void applyFilters();
    void orderChanged();
    void saveEdit(const QString &output);
    void resetCurrent();
    [[nodiscard]] QString currentId() const;

    Session *m_session;
    GenerationController *m_generation;
    ExampleTableModel *m_model;
    ExampleFilterProxy *m_proxy;
    QUndoStack *m_undo;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_counts;
    QComboBox *m_type;
    QComboBox *m_partner;
    QComboBox *m_momentum;
    QComboBox *m_status;
    QLineEdit *m_search;
    QPushButton *m_bulk;
    QTableView *m_table;
    ReviewDetail *m_detail;
    QString m_keepId; ///< The example to select again after the order changes.
};

} // namespace idiolect
