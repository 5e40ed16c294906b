// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/LatestRequest.h"
#include "shell/Page.h"

class QComboBox;
class QLabel;
class QListView;
class QScrollArea;
class QStackedWidget;
class QTabBar;
class QToolButton;

namespace idiolect {

class ChatView;
class EmptyState;
class GenerationController;
class GenerationPanel;
class InlineMessage;
class JobTracker;
class PreviewItemsModel;

/**
 * The preview: the conversation windows and episodes of one chat as chat
 * bubbles, with the generation settings beside them. Changing a setting
 * regenerates in the background (latest request wins) and the view follows.
 */
class PreviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    PreviewPage(GenerationController *generation, JobTracker *tracker, QWidget *parent = nullptr);

    [[nodiscard]] QString pageId() const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    [[nodiscard]] bool usesGeneration() const override { return true; }

    [[nodiscard]] GenerationPanel *settingsPanel() const { return m_panel; }
    [[nodiscard]] QComboBox *threadBox() const { return m_threads; }
    [[nodiscard]] QListView *itemList() const { return m_items; }
    [[nodiscard]] PreviewItemsModel *itemsModel() const { return m_model; }
    [[nodiscard]] ChatView *chatView() const { return m_chat; }
    /** Shows the windows (0) or the episodes (1) of the chat. */
    void setMode(int mode);

Q_SIGNALS:
    /** The user asked to go to the overview (to choose chats). */
    void overviewRequested();

private:
    QWidget *createListPane();
    QWidget *createChatPane();
    QWidget *createSettingsPane();
    void stateChanged();
    void resultChanged();
    void loadThread();
    void showItem(const QModelIndex &index);

    GenerationController *m_generation;
    JobTracker *m_tracker;
    PreviewItemsModel *m_model;
    LatestRequest m_latest;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    InlineMessage *m_error;
    QLabel *m_summary;
    QLabel *m_status;
    QComboBox *m_threads;
    QTabBar *m_mode;
    QListView *m_items;
    QLabel *m_itemHeader;
    ChatView *m_chat;
    QScrollArea *m_settingsPane;
    QToolButton *m_settingsToggle;
    GenerationPanel *m_panel;
    int m_pendingRow = 0;
};

} // namespace idiolect
