// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectState.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace idiolect {

class ChatView;
class ExampleRenderer;
class TextLayer;
struct Example;

/**
 * One example in full: what it is, the conversation as bubbles with the
 * output outlined, the verdict buttons and an editor for the output.
 */
class ReviewDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDetail)

public:
    explicit ReviewDetail(QWidget *parent = nullptr);

    /** Shows @p example (nullptr clears). @p output is the current (maybe edited) output. */
    void setExample(const TextLayer *layer, const Example *example, const ExampleRenderer *renderer,
                    const ReviewDecision &decision, const QString &output);

    void startEditing();
    [[nodiscard]] bool isEditing() const;
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] ChatView *chatView() const { return m_chat; }

Q_SIGNALS:
    void acceptRequested();
    void rejectRequested();
    void resetRequested();
    void editSaved(const QString &output);

private:
    void finishEditing(bool save);

    QLabel *m_header;
    QLabel *m_instruction;
    ChatView *m_chat;
    QStackedWidget *m_bottom;
    QPlainTextEdit *m_editor;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_edit;
    QPushButton *m_reset;
    QLabel *m_state;
};

} // namespace idiolect
