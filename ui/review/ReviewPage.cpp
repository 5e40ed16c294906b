// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPage.h"

#include "DecisionCommand.h"
#include "ExampleFilterProxy.h"
#include "ExampleTableModel.h"
#include "ReviewDetail.h"
#include "generation/ExampleLabels.h"
#include "generation/GenerationController.h"
#include "project/Session.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

ReviewPage::ReviewPage(Session *session, GenerationController *generation, QWidget *parent)
    : Page(parent),
      m_session(session),
      m_generation(generation),
      m_model(new ExampleTableModel(session, this)),
      m_proxy(new ExampleFilterProxy(this)),
      m_undo(new QUndoStack(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)),
      m_counts(new QLabel(this)),
      m_table(new QTableView(this)),
      m_detail(new ReviewDetail(this))
{
    auto *layout = new QVBoxLayout(this);
    m_counts->setObjectName(u"reviewCounts"_s);
    layout->addWidget(m_counts);
    layout->addWidget(createFilterBar());

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"reviewTable"_s);
    m_table->setAccessibleName(tr("Examples"));
    m_table->setModel(m_proxy);
    Tables::setUpRowTable(m_table, ExampleTableModel::Output);
    m_table->sortByColumn(ExampleTableModel::Date, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"reviewSplit"_s); // remembered by MainWindow
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The table's message column is what a reviewer scans: it starts with three fifths of the
    // width (the panes' size hints alone gave the conversation half of it).
    split->setSizes({3000, 2000});
    split->setChildrenCollapsible(false);
    m_empty->setIcon(Icons::icon(u"review"_s));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(split);
    layout->addWidget(m_stack, 1);

    // Single-key review. The shortcuts live on the page, so typing in the search
    // field or the editor (which take the keys as text) never triggers them.
    const std::pair<Qt::Key, std::function<void()>> keys[] = {
        {Qt::Key_J, [this] { step(1); }},
        {Qt::Key_K, [this] { step(-1); }},
        {Qt::Key_A, [this] { judgeCurrent(ReviewStatus::Accepted); }},
        {Qt::Key_R, [this] { judgeCurrent(ReviewStatus::Rejected); }},
        {Qt::Key_E, [this] { m_detail->startEditing(); }},
    };
    for (const auto &[key, action] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::showCurrent);
    // A new order resets the table: remember the example to select again afterwards.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            m_keepId = id;
    });
    connect(m_proxy, &ExampleFilterProxy::orderChanged, this, &ReviewPage::orderChanged);
    connect(m_detail, &ReviewDetail::acceptRequested, this,
            [this] { judgeCurrent(ReviewStatus::Accepted); });
    connect(m_detail, &ReviewDetail::rejectRequested, this,
            [this] { judgeCurrent(ReviewStatus::Rejected); });
    connect(m_detail, &ReviewDetail::resetRequested, this, &ReviewPage::resetCurrent);
    connect(m_detail, &ReviewDetail::editSaved, this, &ReviewPage::saveEdit);
    // The model's states, not the session's decisions: a large change's states come later.
    connect(m_model, &ExampleTableModel::statesChanged, this, [this] {
        updateCounts();
        showCurrent();
    });
    connect(m_session, &Session::exportChanged, m_undo, &QUndoStack::clear);
    // With many decisions a new result is installed once its states are in, later.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPage::stateChanged);
    connect(m_empty, &EmptyState::buttonClicked, this, &ReviewPage::previewRequested);
    connect(m_generation, &GenerationController::resultChanged, this, &ReviewPage::resultChanged);
    connect(m_generation, &GenerationController::stateChanged, this, &ReviewPage::stateChanged);
    resultChanged();
}

QString ReviewPage::pageId() const
{
    return u"review"_s;
}

QString ReviewPage::title() const
{
    return tr("Review");
}

QIcon ReviewPage::icon() const
{
    return Icons::icon(u"review"_s);
}

bool ReviewPage::focusSearch()
{
    return focusSearchField(m_search);
}

void ReviewPage::activate()
{
    m_table->setFocus();
}

QWidget *ReviewPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_type = new QComboBox(bar);
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("All types"));
    for (Strategy s : kAllStrategies)
        m_type->addItem(ExampleLabels::type(exampleTypeOf(s)), int(exampleTypeOf(s)));
    m_partner = new QComboBox(bar);
    m_partner->setAccessibleName(tr("Chat"));
    m_partner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_partner->setMinimumContentsLength(14);
    m_momentum = new QComboBox(bar);
    m_momentum->setAccessibleName(tr("Pace"));
    m_momentum->addItem(tr("Any pace"));
    for (Momentum m : {Momentum::Rapid, Momentum::Moderate, Momentum::Slow})
        m_momentum->addItem(ExampleLabels::momentum(m), int(m));
    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Status"));
    using F = ExampleFilter::Status;
    m_status->addItem(tr("Any status"), int(F::All));
    m_status->addItem(tr("Pending"), int(F::Pending));
    m_status->addItem(tr("Accepted"), int(F::Accepted));
    m_status->addItem(tr("Rejected"), int(F::Rejected));
    m_status->addItem(tr("Edited"), int(F::Edited));
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search examples"));
    m_bulk = new QPushButton(bar);
    m_bulk->setText(tr("Apply to All Shown"));
    m_bulk->setToolTip(tr("Give every example the filter shows the same verdict (undoable)"));
    auto *menu = new QMenu(m_bulk);
    menu->addAction(tr("Accept All Shown"), this,
                    [this] { judgeAllShown(ReviewStatus::Accepted); });
    menu->addAction(tr("Reject All Shown"), this,
                    [this] { judgeAllShown(ReviewStatus::Rejected); });
    menu->addAction(tr("Reset All Shown to Pending"), this,
                    [this] { judgeAllShown(ReviewStatus::Pending); });
    m_bulk->setMenu(menu);
    layout->addWidget(m_search, 1);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_type, m_partner, m_momentum, m_status, m_bulk})
        layout->addWidget(w);
    for (QComboBox *box : {m_type, m_partner, m_momentum, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ReviewPage::applyFilters);
    return bar;
}

void ReviewPage::applyFilters()
{
    auto optionalInt = [](QComboBox *box) {
        const QVariant v = box->currentData();
        return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
    };
    ExampleFilter filter;
    filter.type = optionalInt(m_type);
    const QVariant partner = m_partner->currentData();
    filter.threadId
        = partner.isValid() ? std::optional<qint64>(partner.toLongLong()) : std::nullopt;
    filter.momentum = optionalInt(m_momentum);
    filter.status = ExampleFilter::Status(m_status->currentData().toInt());
    filter.text = m_search->text();
    m_proxy->setFilter(filter);
    updateCounts();
}

void ReviewPage::orderChanged()
{
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        current = m_proxy->mapFromSource(m_model->index(m_model->rowOfId(m_keepId), 0));
        m_table->setCurrentIndex(current.isValid() ? current : m_proxy->index(0, 0));
    }
    if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex());
    updateCounts();
}

void ReviewPage::resultChanged()
{
    QSignalBlocker block(m_partner);
    const QVariant previous = m_partner->currentData();
    m_partner->clear();
    m_partner->addItem(tr("All chats"));
    if (const auto &result = m_generation->result()) {
        for (const CorpusThread &t : result->corpus->threads()) {
            if (t.yourMessages > 0)
                m_partner->addItem(t.title, QVariant::fromValue(t.threadId));
        }
    }
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(previous)));
    m_model->setResult(m_generation->result(), m_generation->resultLayer(),
                       m_generation->resultIndex());
    applyFilters();
    stateChanged();
}

void ReviewPage::stateChanged()
{
    using S = GenerationController::State;
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentIndex(1);
        return;
    }
    const S state = m_generation->state();
    m_empty->setButtonText({});
    if (state == S::Running || state == S::Stale || state == S::WaitingForText) {
        m_empty->setTitle(tr("Generating examples\u2026"));
        m_empty->setText(tr("They appear here as soon as they are ready."));
    } else if (state == S::Ready) {
        m_empty->setTitle(tr("No examples"));
        m_empty->setText(tr("The current settings make no examples from the chosen chats. Try "
                            "more chats, a longer time span or other settings."));
        m_empty->setButtonText(tr("Open the Preview"));
    } else {
        m_empty->setTitle(tr("Nothing to review yet"));
        m_empty->setText(tr("Choose chats in the Overview; the examples made from them appear "
                            "here for you to accept, reject or edit."));
    }
    m_stack->setCurrentIndex(0);
}

void ReviewPage::updateCounts()
{
    const QLocale l;
    m_counts->setText(
        tr("<b>%1</b> examples \u00b7 %2 pending \u00b7 %3 accepted \u00b7 %4 "
           "rejected \u00b7 %5 edited \u00b7 %6 shown")
            .arg(l.toString(m_model->rowCount()), l.toString(m_model->count(ReviewStatus::Pending)),
                 l.toString(m_model->count(ReviewStatus::Accepted)),
                 l.toString(m_model->count(ReviewStatus::Rejected)),
                 l.toString(m_model->editedCount()), l.toString(m_proxy->rowCount())));
}

QString ReviewPage::currentId() const
{
    return m_table->currentIndex().data(ExampleTableModel::ExampleIdRole).toString();
}

void ReviewPage::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const int row = current.row();
    const Example *example = m_model->example(row);
    m_detail->setExample(
        m_model->layer().get(), example, m_model->renderer(),
        example ? m_session->decision(
            m_model->index(row, 0).data(ExampleTableModel::ExampleIdRole).toString())
                : ReviewDecision(),
        m_model->output(row));
}

void ReviewPage::step(int delta)
{
    if (m_proxy->rowCount() == 0)
        return;
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + delta : 0;
    const QModelIndex next = m_proxy->index(
        qBound(0, row, m_proxy->rowCount() - 1),
        m_table->currentIndex().column() < 0 ? 0 : m_table->currentIndex().column());
    m_table->setCurrentIndex(next);
    m_table->scrollTo(next);
}

void ReviewPage::judgeCurrent(ReviewStatus status)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    ReviewDecision d = m_session->decision(id);
    d.status = status;
    m_undo->push(new DecisionCommand(m_session, DecisionChange::fromHash({{id, d}}),
                                     status == ReviewStatus::Accepted ? tr("Accept example")
                                                                      : tr("Reject example")));
    step(1);
}

void ReviewPage::judgeAllShown(ReviewStatus status)
{
    // Ids and one verdict: Session compares and applies them (on a worker when many).
    QList<QString> ids = m_proxy->visibleIds();
    if (ids.isEmpty())
        return;
    const int count = int(ids.size());
    m_undo->push(new DecisionCommand(m_session, DecisionChange::withStatus(std::move(ids), status),
                                     tr("Apply a verdict to %Ln example(s)", nullptr, count)));
}

void ReviewPage::saveEdit(const QString &output)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const int row = m_model->rowOfId(id);
    ReviewDecision d = m_session->decision(id);
    if (output == m_model->originalOutput(row)) {
        d.edited = false;
        d.editedOutput.clear();
    } else {
        d.edited = true;
        d.editedOutput = output;
        d.status = ReviewStatus::Accepted; // fixing an example means keeping it
    }
    m_undo->push(
        new DecisionCommand(m_session, DecisionChange::fromHash({{id, d}}), tr("Edit example")));
    m_table->setFocus();
}

void ReviewPage::resetCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        m_undo->push(new DecisionCommand(
            m_session, DecisionChange::fromHash({{id, ReviewDecision()}}), tr("Reset example")));
}

} // namespace idiolect
