// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace idiolect {

class EnrichmentController;
class EnrichmentFilterProxy;
class EnrichmentItemsModel;

/**
 * Tools ▸ Enrichment Results: every link and photo enrichment looked at,
 * with its added text, source and status (failures included), and an editor
 * to change, remove or restore what was added. Edits are saved in the
 * project and change the text generation reads at once.
 */
class EnrichmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrichmentDialog)

public:
    explicit EnrichmentDialog(EnrichmentController *controller, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] EnrichmentItemsModel *itemsModel() const { return m_model; }
    [[nodiscard]] EnrichmentFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton *restoreButton() const { return m_restore; }
    [[nodiscard]] QPushButton *runButton() const { return m_run; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void settingsRequested();
    /** "Enrich Now" was clicked (the owner confirms network use, then runs). */
    void runRequested();

private:
    QWidget *createEditor();
    void updateSummary();
    void currentChanged();
    [[nodiscard]] QModelIndex currentSource() const;
    void saveEdit();

    EnrichmentController *m_controller;
    EnrichmentItemsModel *m_model;
    EnrichmentFilterProxy *m_proxy;
    QLabel *m_summary;
    QLabel *m_disclosure;
    QPushButton *m_run;
    QComboBox *m_show;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_itemInfo;
    QPlainTextEdit *m_editor;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_restore;
};

} // namespace idiolect
