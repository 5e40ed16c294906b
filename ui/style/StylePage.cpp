// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StylePage.h"

#include "PartnerCardDelegate.h"
#include "PartnerProfileModel.h"
#include "charts/ChartView.h"
#include "charts/HeatmapView.h"
#include "charts/StyleChartData.h"
#include "jobs/RunJob.h"
#include "project/Session.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {
constexpr int kDebounceMs = 250;
constexpr int kEmptyPage = 0;
constexpr int kContentPage = 1;
} // namespace

StylePage::StylePage(Session *session, JobTracker *jobs, QWidget *parent)
    : Page(parent),
      m_session(session),
      m_jobs(jobs),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)),
      m_partner(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_heatYou(new HeatmapView(this)),
      m_heatPartner(new HeatmapView(this)),
      m_partners(new PartnerProfileModel(this)),
      m_cards(new QListView(this))
{
    setObjectName(u"stylePage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_empty->setIcon(icon());
    m_stack->addWidget(m_empty);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    auto *bar = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("&Compare with:"), content);
    compareLabel->setBuddy(m_partner);
    m_partner->setObjectName(u"comparePartner"_s);
    m_partner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_partner->setMinimumContentsLength(24);
    m_partner->setToolTip(tr("Show your messages in one chat next to the other side's"));
    bar->addWidget(compareLabel);
    bar->addWidget(m_partner);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    m_summary->setObjectName(u"styleSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_summary, 1);
    contentLayout->addLayout(bar);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createCharts(), tr("Charts"));
    m_tabs->addTab(createPartners(), tr("Partners"));
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &StylePage::run);
    connect(m_session, &Session::exportChanged, this, &StylePage::inputsChanged);
    connect(m_session, &Session::selectionChanged, this, &StylePage::inputsChanged);
    connect(m_session, &Session::dateRangeChanged, this, &StylePage::inputsChanged);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &StylePage::updateCharts);
    connect(m_empty, &EmptyState::buttonClicked, this, &StylePage::overviewRequested);
    connect(m_cards, &QListView::activated, this, [this](const QModelIndex &index) {
        comparePartner(index.row());
        m_tabs->setCurrentIndex(0);
    });
    showEmpty(tr("No export open"), tr("Open a Signal export to see how you write."), false);
}

QWidget *StylePage::createCharts()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    grid->setBackgroundRole(QPalette::Base);
    grid->setAutoFillBackground(true);
    auto *layout = new QGridLayout(grid);
    const int gap = fontMetrics().height();
    layout->setHorizontalSpacing(gap);
    layout->setVerticalSpacing(gap);
    for (int i = 0; i <= int(Chart::Words); ++i) {
        auto *view = new ChartView(grid);
        view->setObjectName(u"chart%1"_s.arg(i));
        m_charts.append(view);
    }
    layout->addWidget(chart(Chart::Lengths), 0, 0);
    layout->addWidget(chart(Chart::ResponseTimes), 0, 1);
    auto *heat = new QHBoxLayout;
    heat->setSpacing(gap);
    heat->addWidget(m_heatYou);
    heat->addWidget(m_heatPartner);
    m_heatPartner->hide();
    layout->addLayout(heat, 1, 0, 1, 2);
    layout->addWidget(chart(Chart::Months), 2, 0, 1, 2);
    layout->addWidget(chart(Chart::Bursts), 3, 0);
    layout->addWidget(chart(Chart::Emoji), 3, 1);
    layout->addWidget(chart(Chart::Words), 4, 0, 1, 2);
    layout->setRowStretch(5, 1);
    scroll->setWidget(grid);
    return scroll;
}

QWidget *StylePage::createPartners()
{
    m_cards->setObjectName(u"partnerCards"_s);
    m_cards->setModel(m_partners);
    m_cards->setItemDelegate(new PartnerCardDelegate(m_cards));
    m_cards->setViewMode(QListView::IconMode);
    m_cards->setFlow(QListView::LeftToRight);
    m_cards->setWrapping(true);
    m_cards->setResizeMode(QListView::Adjust);
    m_cards->setMovement(QListView::Static);
    m_cards->setUniformItemSizes(true);
    m_cards->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cards->setFrameShape(QFrame::NoFrame);
    m_cards->setSpacing(0);
    m_cards->setToolTip(tr("Double-click a card to compare your style with that chat"));
    return m_cards;
}

QString StylePage::pageId() const
{
    return u"style"_s;
}

QString StylePage::title() const
{
    return tr("Style");
}

QIcon StylePage::icon() const
{
    return Icons::icon(u"style"_s);
}

ChartView *StylePage::chart(Chart which) const
{
    return m_charts.value(int(which));
}

HeatmapView *StylePage::heatmap(int side) const
{
    return side == 0 ? m_heatYou : m_heatPartner;
}

void StylePage::activate()
{
    if (m_stale)
        run();
}

void StylePage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_tabs->setTabText(0, tr("Charts"));
        m_tabs->setTabText(1, tr("Partners"));
        updateCharts();
    }
}

void StylePage::inputsChanged()
{
    m_stale = true;
    m_latest.cancel();
    if (isVisible())
        m_debounce.start();
}

void StylePage::showEmpty(const QString &title, const QString &text, bool offerOverview)
{
    m_empty->setTitle(title);
    m_empty->setText(text);
    m_empty->setButtonText(offerOverview ? tr("Choose Chats\u2026") : QString());
    m_stack->setCurrentIndex(kEmptyPage);
}

void StylePage::run()
{
    m_debounce.stop();
    m_stale = false;
    if (!m_session->hasExport()) {
        m_result.reset();
        showEmpty(tr("No export open"), tr("Open a Signal export to see how you write."), false);
        Q_EMIT analysisShown();
        return;
    }
    StyleJobParams params;
    params.chatExport = m_session->chatExport();
    params.spec = StyleJob::specFor(*m_session);
    params.options = StyleJob::options();
    if (params.spec.threads.isEmpty()) {
        m_result.reset();
        showEmpty(tr("No chats selected"),
                  tr("Include at least one chat on the Overview page to analyse your style."),
                  true);
        Q_EMIT analysisShown();
        return;
    }
    if (!m_result)
        showEmpty(tr("Analysing your style\u2026"),
                  tr("Counting lengths, reply times, emoji and words in the selected chats."),
                  false);
    // The ticket is known once the job is registered; the result always arrives later.
    auto ticket = std::make_shared<quint64>(0);
    auto context = runJob<StyleJobResult>(
        m_jobs, this, tr("Analysing style"),
        [params](JobContext &job) { return StyleJob::run(params, job); },
        [this, ticket](Expected<StyleJobResult> result) {
            if (!m_latest.isCurrent(*ticket))
                return;
            m_latest.finish(*ticket);
            if (!result) {
                if (result.error().code != ErrorCode::Canceled)
                    showEmpty(tr("The analysis failed"), result.error().message, false);
                else
                    m_stale = true;
                Q_EMIT analysisShown();
                return;
            }
            showResult(std::move(*result));
        });
    *ticket = m_latest.begin(context);
}

void StylePage::showResult(StyleJobResult result)
{
    const qint64 previous = m_partner->currentData().toLongLong();
    m_result = std::move(result);
    const StyleProfile &you = m_result->analysis.personal;
    m_partners->setProfiles(m_result->analysis.partners, you.avgMessageLength);
    if (you.totalMessages == 0) {
        showEmpty(tr("None of your messages in the selection"),
                  tr("Include chats where you wrote something, or widen the date range."), true);
        Q_EMIT analysisShown();
        return;
    }
    const QSignalBlocker block(m_partner);
    m_partner->clear();
    m_partner->addItem(tr("Nobody (your overall style)"), qint64(-1));
    int restore = 0;
    for (int row = 0; row < m_partners->rowCount(); ++row) {
        const PartnerProfile &p = m_partners->profile(row);
        m_partner->addItem(p.name, p.threadId);
        if (p.threadId == previous)
            restore = row + 1;
    }
    m_partner->setCurrentIndex(restore);
    m_stack->setCurrentIndex(kContentPage);
    updateCharts();
    Q_EMIT analysisShown();
}

void StylePage::comparePartner(int row)
{
    m_partner->setCurrentIndex(row < 0 || row >= m_partners->rowCount() ? 0 : row + 1);
}

void StylePage::updateCharts()
{
    if (!m_result)
        return;
    const StyleProfile &overall = m_result->analysis.personal;
    const int row = m_partner->currentIndex() - 1;
    QList<NamedProfile> profiles;
    QList<NamedProfile> words;
    if (row >= 0 && row < m_partners->rowCount()) {
        const PartnerProfile &p = m_partners->profile(row);
        profiles = {{tr("You with %1").arg(p.name), &p.you}, {p.name, &p.partner}};
        words = {{tr("You (all chats)"), &overall}, {p.name, &p.partner}};
        m_heatYou->setData(tr("When you write to %1").arg(p.name),
                           p.you.timePatterns ? p.you.timePatterns->weekdayHours
                                              : HeatmapView::Grid{});
        m_heatPartner->setData(tr("When %1 writes").arg(p.name),
                               p.partner.timePatterns ? p.partner.timePatterns->weekdayHours
                                                      : HeatmapView::Grid{});
        m_heatPartner->show();
    } else {
        profiles = {{tr("You"), &overall}};
        words = profiles;
        m_heatYou->setData(tr("When you write (weekday \u00d7 hour)"),
                           overall.timePatterns ? overall.timePatterns->weekdayHours
                                                : HeatmapView::Grid{});
        m_heatPartner->hide();
    }
    chart(Chart::Lengths)->setData(StyleChartData::lengths(profiles));
    chart(Chart::ResponseTimes)->setData(StyleChartData::responseTimes(profiles));
    chart(Chart::Months)->setData(StyleChartData::months(profiles));
    chart(Chart::Bursts)->setData(StyleChartData::burstSizes(profiles));
    chart(Chart::Emoji)->setData(StyleChartData::topEmoji(profiles));
    chart(Chart::Words)->setData(StyleChartData::topWords(words));
    updateSummary();
}

void StylePage::updateSummary()
{
    const StyleProfile &you = m_result->analysis.personal;
    const QLocale locale;
    QStringList parts;
    parts
        << tr("%Ln message(s) of yours", nullptr, int(std::min<qint64>(you.totalMessages, INT_MAX)))
        << tr("%Ln chat(s)", nullptr, int(m_result->threads))
        << tr("%1 characters on average")
               .arg(std::isnan(you.avgMessageLength)
                        ? u"\u2013"_s
                        : locale.toString(you.avgMessageLength, 'f', 0))
        << tr("%1 % with emoji").arg(locale.toString(you.emojiUsage.emojiFrequency * 100, 'f', 0));
    if (you.timePatterns && you.timePatterns->responseTimes.samples > 0) {
        const double median = you.timePatterns->responseTimes.p50;
        parts << (median < 60 ? tr("median reply after %1 s").arg(qRound(median))
                              : tr("median reply after %1 min").arg(qRound(median / 60)));
    }
    m_summary->setText(parts.join(u" \u00b7 "_s));
}

} // namespace idiolect
