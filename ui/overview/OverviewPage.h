// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace idiolect {

class DateRangeBar;
class ImportController;
class InlineMessage;
class SelfPanel;
class Session;
class ThreadFilterProxy;
class ThreadTableModel;

/**
 * What is in the export and what to use: who you are (and changing it), the
 * time span, and the chats table with search, sorting and include checkboxes.
 */
class OverviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    OverviewPage(Session *session, ImportController *importer, QWidget *parent = nullptr);

    [[nodiscard]] QString pageId() const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    bool focusSearch() override;

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] ThreadFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] SelfPanel *selfPanel() const { return m_selfPanel; }
    [[nodiscard]] DateRangeBar *dateRangeBar() const { return m_range; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QPushButton *changeSelfButton() const { return m_changeSelf; }

    /** Includes or excludes every chat the filter shows. */
    void includeShown(bool include);

private:
    QWidget *createSummary();
    QWidget *createTableBar();
    void exportChanged();
    void updateSelf();
    void updateSelectionSummary();
    void updateWarnings();

    Session *m_session;
    ImportController *m_importer;
    ThreadTableModel *m_model;
    ThreadFilterProxy *m_proxy;
    QLabel *m_source;
    QLabel *m_self;
    QPushButton *m_changeSelf;
    SelfPanel *m_selfPanel;
    InlineMessage *m_selfMessage;
    InlineMessage *m_warnings;
    DateRangeBar *m_range;
    QLabel *m_selection;
    QLineEdit *m_search;
    QComboBox *m_show;
    QTableView *m_table;
};

} // namespace idiolect
