// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewPage.h"

#include "PreviewItemsModel.h"
#include "analysis/EpisodeSegmenter.h"
#include "analysis/WindowFinder.h"
#include "chat/ChatBubbleDelegate.h"
#include "chat/ChatExcerpt.h"
#include "chat/ChatView.h"
#include "generation/ExampleLabels.h"
#include "generation/GenerationController.h"
#include "generation/GenerationPanel.h"
#include "jobs/RunJob.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"
#include "widgets/InlineMessage.h"
#include "widgets/TwoLineDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

struct ThreadItems
{
    std::vector<ConversationWindow> windows;
    std::vector<Episode> episodes;
};

} // namespace

PreviewPage::PreviewPage(GenerationController *generation, JobTracker *tracker, QWidget *parent)
    : Page(parent),
      m_generation(generation),
      m_tracker(tracker),
      m_model(new PreviewItemsModel(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)),
      m_error(new InlineMessage(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"previewSummary"_s);
    m_summary->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_settingsToggle = new QToolButton(this);
    m_settingsToggle->setText(tr("Settings"));
    m_settingsToggle->setCheckable(true);
    m_settingsToggle->setChecked(true);
    m_settingsToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_settingsToggle->setToolTip(tr("Show or hide the generation settings"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_status);
    top->addWidget(m_settingsToggle);
    layout->addLayout(top);
    layout->addWidget(m_error);

    auto *content = new QSplitter(Qt::Horizontal, this);
    content->setObjectName(u"previewSplit"_s); // remembered by MainWindow (not the outer one:
        // its settings pane can be hidden)
    content->addWidget(createListPane());
    content->addWidget(createChatPane());
    content->setStretchFactor(0, 2);
    content->setStretchFactor(1, 3);
    m_empty->setIcon(Icons::icon(u"preview"_s));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *outer = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(m_stack);
    outer->addWidget(createSettingsPane());
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 1);
    outer->setCollapsible(0, false);
    layout->addWidget(outer, 1);

    connect(m_settingsToggle, &QToolButton::toggled, m_settingsPane, &QWidget::setVisible);
    connect(m_empty, &EmptyState::buttonClicked, this, &PreviewPage::overviewRequested);
    connect(m_generation, &GenerationController::stateChanged, this, &PreviewPage::stateChanged);
    connect(m_generation, &GenerationController::resultChanged, this, &PreviewPage::resultChanged);
    stateChanged();
}

QString PreviewPage::pageId() const
{
    return u"preview"_s;
}

QString PreviewPage::title() const
{
    return tr("Preview");
}

QIcon PreviewPage::icon() const
{
    return Icons::icon(u"preview"_s);
}

QWidget *PreviewPage::createListPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_threads = new QComboBox(pane);
    m_threads->setAccessibleName(tr("Chat"));
    m_threads->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_threads->setMinimumContentsLength(16);
    m_mode = new QTabBar(pane);
    m_mode->addTab(tr("Replies"));
    m_mode->addTab(tr("Conversations"));
    m_mode->setTabToolTip(0, tr("Conversation windows: each of your replies with its context"));
    m_mode->setTabToolTip(1, tr("Episodes: whole conversations between long pauses"));
    m_mode->setExpanding(true);
    m_items = new QListView(pane);
    m_items->setObjectName(u"previewItems"_s);
    m_items->setAccessibleName(tr("Windows and episodes"));
    m_items->setModel(m_model);
    auto *delegate = new TwoLineDelegate(PreviewItemsModel::SubtitleRole, -1, m_items);
    delegate->setSubtitleElideMode(Qt::ElideRight);
    m_items->setItemDelegate(delegate);
    m_items->setUniformItemSizes(true);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_threads);
    layout->addWidget(m_mode);
    layout->addWidget(m_items, 1);
    connect(m_threads, &QComboBox::currentIndexChanged, this, [this] {
        m_pendingRow = 0;
        loadThread();
    });
    connect(m_mode, &QTabBar::currentChanged, this, &PreviewPage::setMode);
    connect(m_items->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PreviewPage::showItem);
    return pane;
}

QWidget *PreviewPage::createChatPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_itemHeader = new QLabel(pane);
    m_itemHeader->setWordWrap(true);
    m_chat = new ChatView(pane);
    layout->addWidget(m_itemHeader);
    layout->addWidget(m_chat, 1);
    return pane;
}

QWidget *PreviewPage::createSettingsPane()
{
    m_settingsPane = new QScrollArea(this);
    m_settingsPane->setWidgetResizable(true);
    m_settingsPane->setFrameShape(QFrame::NoFrame);
    m_settingsPane->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_panel = new GenerationPanel(m_settingsPane);
    m_settingsPane->setWidget(m_panel);
    m_settingsPane->setMinimumWidth(m_panel->sizeHint().width()
                                    + m_settingsPane->verticalScrollBar()->sizeHint().width());
    connect(m_panel, &GenerationPanel::changed, m_generation, &GenerationController::setSettings);
    return m_settingsPane;
}

void PreviewPage::setMode(int mode)
{
    if (m_mode->currentIndex() != mode)
        m_mode->setCurrentIndex(mode);
    m_model->setMode(mode == 0 ? PreviewItemsModel::Mode::Windows
                               : PreviewItemsModel::Mode::Episodes);
    if (m_model->rowCount() > 0)
        m_items->setCurrentIndex(m_model->index(0));
    else
        m_chat->setMessages({});
}

void PreviewPage::stateChanged()
{
    using S = GenerationController::State;
    const S state = m_generation->state();
    m_panel->setOptions(m_generation->settings());
    m_error->hide();
    m_status->setText(state == S::Running     ? tr("Updating\u2026")
                          : state == S::Stale ? tr("Out of date")
                                              : QString());
    const bool haveResult = m_generation->result() != nullptr;
    switch (state) {
    case S::NoExport:
        m_empty->setTitle(tr("No export open"));
        m_empty->setText(tr("Open a Signal export on the Welcome page."));
        m_empty->setButtonText({});
        m_stack->setCurrentWidget(m_empty);
        return;
    case S::NothingSelected:
        m_empty->setTitle(tr("Nothing to preview yet"));
        m_empty->setText(tr("Choose at least one chat in the Overview and turn on at least one "
                            "kind of example in the settings."));
        m_empty->setButtonText(tr("Go to Overview"));
        m_stack->setCurrentWidget(m_empty);
        return;
    case S::WaitingForText:
        m_empty->setTitle(tr("Preparing the text\u2026"));
        m_empty->setText(tr("Personal data is being replaced before anything is generated."));
        m_empty->setButtonText({});
        m_stack->setCurrentWidget(m_empty);
        return;
    case S::Failed: m_error->showError(m_generation->lastError()); break;
    case S::Stale:
    case S::Running:
    case S::Ready: break;
    }
    if (!haveResult) {
        m_empty->setTitle(tr("Generating examples\u2026"));
        m_empty->setText(tr("This takes a moment for large exports. You can change settings "
                            "meanwhile; the newest settings win."));
        m_empty->setButtonText({});
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
}

void PreviewPage::resultChanged()
{
    const auto &result = m_generation->result();
    if (!result) {
        m_threads->clear();
        m_model->clear();
        m_summary->clear();
        stateChanged();
        return;
    }
    const GenerationSummary &s = result->summary;
    QStringList parts;
    for (auto it = s.examplesByType.cbegin(); it != s.examplesByType.cend(); ++it)
        parts.append(ExampleLabels::typeCount(it.key(), it.value()));
    m_summary->setText(
        tr("<b>%Ln example(s)</b> from %1 messages in %2 chats", nullptr, int(s.totalExamples))
            .arg(QLocale().toString(s.messagesAfterFilters))
            .arg(s.threads)
        + (parts.isEmpty() ? QString() : u": "_s + parts.join(u", "_s)));

    const qint64 previous = m_threads->currentData().toLongLong();
    QSignalBlocker block(m_threads);
    m_threads->clear();
    const auto &threads = result->corpus->threads();
    for (size_t i = 0; i < threads.size(); ++i) {
        if (threads[i].yourMessages > 0)
            m_threads->addItem(threads[i].title, QVariant::fromValue(threads[i].threadId));
    }
    const int keep = m_threads->findData(QVariant::fromValue(previous));
    m_threads->setCurrentIndex(keep >= 0 ? keep : 0);
    m_pendingRow = keep >= 0 ? std::max(0, m_items->currentIndex().row()) : 0;
    stateChanged();
    loadThread();
}

void PreviewPage::loadThread()
{
    const auto result = m_generation->result();
    if (!result || m_threads->currentIndex() < 0) {
        m_model->clear();
        m_chat->setMessages({});
        return;
    }
    const qint64 threadId = m_threads->currentData().toLongLong();
    const auto &threads = result->corpus->threads();
    quint32 thread = 0;
    while (thread < threads.size() && threads[thread].threadId != threadId)
        ++thread;
    if (thread >= threads.size())
        return;
    const GenerationOptions options = m_generation->runOptions();
    m_chat->bubbleDelegate()->setGapThresholdMs(qint64(options.episodes.timeGapMinutes) * 60000);
    std::shared_ptr<const Corpus> corpus = result->corpus;
    auto context = std::make_shared<JobContext>();
    const quint64 ticket = m_latest.begin(context);
    runJob<ThreadItems>(
        m_tracker, this, tr("Preparing the preview"), context,
        [corpus, thread, options](JobContext &job) -> Expected<ThreadItems> {
            // Another chat chosen meanwhile cancels this one: stop between the steps.
            ThreadItems items;
            if (job.isCanceled())
                return Error::canceled();
            WindowFinder::find(*corpus, thread, options.windows, items.windows);
            if (job.isCanceled())
                return Error::canceled();
            EpisodeSegmenter::segment(*corpus, thread, options.episodes, items.episodes);
            return items;
        },
        [this, ticket, corpus, thread](Expected<ThreadItems> items) {
            if (!m_latest.isCurrent(ticket) || !items)
                return;
            m_latest.finish(ticket);
            m_model->setItems(corpus, thread, std::move(items->windows),
                              std::move(items->episodes));
            m_mode->setTabText(0, tr("Replies (%1)").arg(m_model->windowCount()));
            m_mode->setTabText(1, tr("Conversations (%1)").arg(m_model->episodeCount()));
            const int row = std::min(m_pendingRow, m_model->rowCount() - 1);
            if (row >= 0)
                m_items->setCurrentIndex(m_model->index(row));
            else
                m_chat->setMessages({});
        });
}

void PreviewPage::showItem(const QModelIndex &index)
{
    const auto result = m_generation->result();
    if (!index.isValid() || !result) {
        m_itemHeader->clear();
        m_chat->setMessages({});
        return;
    }
    const auto begin = index.data(PreviewItemsModel::BeginRole).toUInt();
    const auto end = index.data(PreviewItemsModel::EndRole).toUInt();
    const int target = index.data(PreviewItemsModel::TargetRole).toInt();
    m_itemHeader->setText(u"<b>%1</b><br>%2"_s.arg(
        index.data().toString().toHtmlEscaped(),
        index.data(PreviewItemsModel::SubtitleRole).toString().toHtmlEscaped()));
    m_chat->setMessages(
        ChatExcerpt::range(*result->corpus, m_model->thread(), begin, end,
                           target >= 0 ? std::optional<quint32>(quint32(target)) : std::nullopt));
}

} // namespace idiolect
