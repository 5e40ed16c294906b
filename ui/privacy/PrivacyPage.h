// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace idiolect {

class EmptyState;
class JobTracker;
class PrivacyController;
class PrivacyHitFilter;
class PrivacyHitModel;
class PrivacyKindModel;
class PrivacyMessageView;
class Session;
struct PrivacyFinding;

/**
 * Review of the personal data found: counts by kind (also the kind filter),
 * the hits list, and the selected message before and after anonymization.
 * Actions: accept a hit, allow-list a word, choose a person's pseudonym, add
 * a name the detector missed. Choices are saved in the project and the
 * anonymized text is recomputed in the background after each one.
 */
class PrivacyPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyPage)

public:
    PrivacyPage(Session *session, JobTracker *jobs, QWidget *parent = nullptr);

    [[nodiscard]] QString pageId() const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    void activate() override;
    bool focusSearch() override;

    [[nodiscard]] PrivacyController *controller() const { return m_controller; }
    [[nodiscard]] QTableView *hitsView() const { return m_table; }
    [[nodiscard]] PrivacyHitFilter *filter() const { return m_filter; }
    [[nodiscard]] PrivacyHitModel *hitModel() const { return m_hits; }
    [[nodiscard]] PrivacyKindModel *kindModel() const { return m_kinds; }
    [[nodiscard]] PrivacyMessageView *messageView() const { return m_message; }
    [[nodiscard]] QLineEdit *pseudonymField() const { return m_pseudonym; }
    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    [[nodiscard]] QCheckBox *onlySelectedChats() const { return m_onlySelected; }
    /** The finding selected in the list, or nullptr. */
    [[nodiscard]] const PrivacyFinding *currentFinding() const;

    // The page's actions (buttons and keys call these; tests too).
    void acceptCurrent();
    void allowCurrentWord();
    void renameCurrentPerson();
    void addName();

Q_SIGNALS:
    void overviewRequested();

private:
    QWidget *createContent();
    QWidget *createActions();
    void resultChanged();
    void currentChanged();
    void updateThreads();
    void updateSummary();
    void updateActions();

    Session *m_session;
    PrivacyController *m_controller;
    PrivacyHitModel *m_hits;
    PrivacyHitFilter *m_filter;
    PrivacyKindModel *m_kinds;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_summary;
    QLineEdit *m_search;
    QCheckBox *m_onlySelected;
    QCheckBox *m_hideAccepted;
    QCheckBox *m_mask;
    QListView *m_kindList;
    QTableView *m_table;
    PrivacyMessageView *m_message;
    QPushButton *m_accept;
    QPushButton *m_allow;
    QLineEdit *m_pseudonym;
    QPushButton *m_rename;
    QLineEdit *m_name;
    QPushButton *m_addName;
    QString m_currentId; ///< Hit id of the selection, restored after a re-run.
    qint64 m_currentMessage = -1; ///< Its message, shown even if the hit went away.
    bool m_currentQuote = false;
};

} // namespace idiolect
