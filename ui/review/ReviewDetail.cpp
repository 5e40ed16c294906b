// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewDetail.h"

#include "ExampleTableModel.h"
#include "chat/ChatExcerpt.h"
#include "chat/ChatView.h"
#include "generation/Example.h"
#include "generation/ExampleLabels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

ReviewDetail::ReviewDetail(QWidget *parent)
    : QWidget(parent),
      m_header(new QLabel(this)),
      m_instruction(new QLabel(this)),
      m_chat(new ChatView(this)),
      m_bottom(new QStackedWidget(this)),
      m_editor(new QPlainTextEdit(this)),
      m_state(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header->setWordWrap(true);
    m_instruction->setWordWrap(true);
    m_instruction->setForegroundRole(QPalette::PlaceholderText);
    m_instruction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    layout->addWidget(m_instruction);
    layout->addWidget(m_chat, 1);

    auto *buttons = new QWidget(this);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    m_accept = new QPushButton(tr("Accept (A)"), buttons);
    m_reject = new QPushButton(tr("Reject (R)"), buttons);
    m_edit = new QPushButton(tr("Edit (E)"), buttons);
    m_reset = new QPushButton(tr("Reset"), buttons);
    m_accept->setToolTip(tr("Use this example in the dataset and go to the next one"));
    m_reject->setToolTip(tr("Leave this example out of the dataset and go to the next one"));
    m_edit->setToolTip(tr("Change what your message says in this example"));
    m_reset->setToolTip(tr("Back to pending, without your edit"));
    for (QPushButton *b : {m_accept, m_reject, m_edit, m_reset}) {
        b->setFocusPolicy(Qt::NoFocus); // keys go to the table; the buttons mirror them
        row->addWidget(b);
    }
    row->addWidget(m_state, 1, Qt::AlignRight);
    m_bottom->addWidget(buttons);

    auto *editPane = new QWidget(this);
    auto *editLayout = new QVBoxLayout(editPane);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto *editLabel = new QLabel(tr("Your message in this example (Ctrl+Enter saves, Esc "
                                    "cancels):"),
                                 editPane);
    editLabel->setBuddy(m_editor);
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().height() * 8);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, editPane);
    editLayout->addWidget(editLabel);
    editLayout->addWidget(m_editor);
    editLayout->addWidget(box);
    m_bottom->addWidget(editPane);
    m_bottom->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_bottom);

    connect(m_accept, &QPushButton::clicked, this, &ReviewDetail::acceptRequested);
    connect(m_reject, &QPushButton::clicked, this, &ReviewDetail::rejectRequested);
    connect(m_reset, &QPushButton::clicked, this, &ReviewDetail::resetRequested);
    connect(m_edit, &QPushButton::clicked, this, &ReviewDetail::startEditing);
    connect(box, &QDialogButtonBox::accepted, this, [this] { finishEditing(true); });
    connect(box, &QDialogButtonBox::rejected, this, [this] { finishEditing(false); });
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    save->setContext(Qt::WidgetShortcut);
    connect(save, &QShortcut::activated, this, [this] { finishEditing(true); });
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), m_editor);
    cancel->setContext(Qt::WidgetShortcut);
    connect(cancel, &QShortcut::activated, this, [this] { finishEditing(false); });
    setExample(nullptr, nullptr, nullptr, {}, {});
}

void ReviewDetail::setExample(const TextLayer *layer, const Example *example,
                              const ExampleRenderer *renderer, const ReviewDecision &decision,
                              const QString &output)
{
    m_bottom->setCurrentIndex(0);
    const bool has = example && layer && renderer;
    for (QPushButton *b : {m_accept, m_reject, m_edit, m_reset})
        b->setEnabled(has);
    if (!has) {
        m_header->setText(tr("Select an example to see it here."));
        m_instruction->clear();
        m_state->clear();
        m_chat->setMessages({});
        return;
    }
    m_header->setText(u"<b>%1</b> \u00b7 %2 \u00b7 <span>%3</span>"_s.arg(
        ExampleLabels::type(example->type), example->partner.toHtmlEscaped(), example->idString()));
    m_instruction->setText(example->instruction);
    QList<ChatMessage> messages = ChatExcerpt::example(*layer, *example, *renderer);
    if (!messages.isEmpty())
        messages.last().text = output;
    m_chat->setMessages(std::move(messages));
    QString state = ExampleTableModel::statusLabel(decision.status);
    if (decision.isEdited())
        state = tr("%1, edited").arg(state);
    m_state->setText(state);
    m_editor->setPlainText(output);
    m_reset->setEnabled(!decision.isDefault());
}

void ReviewDetail::startEditing()
{
    if (!m_edit->isEnabled())
        return;
    m_bottom->setCurrentIndex(1);
    m_editor->setFocus(Qt::OtherFocusReason);
    m_editor->selectAll();
}

bool ReviewDetail::isEditing() const
{
    return m_bottom->currentIndex() == 1;
}

void ReviewDetail::finishEditing(bool save)
{
    m_bottom->setCurrentIndex(0);
    if (save)
        Q_EMIT editSaved(m_editor->toPlainText());
}

} // namespace idiolect
