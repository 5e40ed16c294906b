// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyPage.h"

#include "PrivacyController.h"
#include "PrivacyHitFilter.h"
#include "PrivacyHitModel.h"
#include "PrivacyKindModel.h"
#include "PrivacyMessageView.h"
#include "project/Session.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {
constexpr int kEmptyPage = 0;
constexpr int kContentPage = 1;
} // namespace

PrivacyPage::PrivacyPage(Session *session, JobTracker *jobs, QWidget *parent)
    : Page(parent),
      m_session(session),
      m_controller(new PrivacyController(session, jobs, this)),
      m_hits(new PrivacyHitModel(m_controller, this)),
      m_filter(new PrivacyHitFilter(this)),
      m_kinds(new PrivacyKindModel(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)),
      m_summary(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_onlySelected(new QCheckBox(tr("Only &selected chats"), this)),
      m_hideAccepted(new QCheckBox(tr("&Hide accepted"), this)),
      m_mask(new QCheckBox(tr("&Mask found text"), this)),
      m_kindList(new QListView(this)),
      m_table(new QTableView(this)),
      m_message(new PrivacyMessageView(this)),
      m_accept(new QPushButton(tr("&Accept"), this)),
      m_allow(new QPushButton(tr("A&llow Word"), this)),
      m_pseudonym(new QLineEdit(this)),
      m_rename(new QPushButton(tr("&Rename"), this)),
      m_name(new QLineEdit(this)),
      m_addName(new QPushButton(tr("Add &Name"), this))
{
    setObjectName(u"privacyPage"_s);
    m_filter->setSourceModel(m_hits);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_empty->setIcon(icon());
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createContent());

    connect(m_controller, &PrivacyController::resultChanged, this, &PrivacyPage::resultChanged);
    connect(m_controller, &PrivacyController::runningChanged, this, &PrivacyPage::updateSummary);
    connect(m_controller, &PrivacyController::statusChanged, this, &PrivacyPage::updateSummary);
    connect(m_controller, &PrivacyController::failed, this, [this](const QString &message) {
        m_empty->setTitle(tr("Finding personal data failed"));
        m_empty->setText(message);
        m_empty->setButtonText({});
        m_stack->setCurrentIndex(kEmptyPage);
    });
    connect(m_session, &Session::selectionChanged, this, &PrivacyPage::updateThreads);
    connect(m_empty, &EmptyState::buttonClicked, this, &PrivacyPage::overviewRequested);
    resultChanged();
}

QWidget *PrivacyPage::createContent()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);

    auto *bar = new QHBoxLayout;
    m_summary->setObjectName(u"privacySummary"_s);
    m_summary->setWordWrap(true);
    bar->addWidget(m_summary, 1);
    m_search->setPlaceholderText(tr("Search chats, found text and replacements"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    bar->addWidget(m_search);
    layout->addLayout(bar);
    auto *filters = new QHBoxLayout;
    m_onlySelected->setChecked(true);
    m_onlySelected->setToolTip(tr("Show only findings in the chats that go into the dataset"));
    m_mask->setToolTip(tr("Hide the personal data itself, for example while sharing your screen"));
    filters->addWidget(m_onlySelected);
    filters->addWidget(m_hideAccepted);
    filters->addWidget(m_mask);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_kindList->setObjectName(u"privacyKinds"_s);
    m_kindList->setModel(m_kinds);
    m_kindList->setAccessibleName(tr("Kinds of personal data"));
    m_kindList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kindList->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_kindList->setCurrentIndex(m_kinds->index(0));

    m_table->setObjectName(u"privacyHits"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int ch = fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {{PrivacyHitModel::Kind, 16},
                                          {PrivacyHitModel::Chat, 22},
                                          {PrivacyHitModel::Date, 12},
                                          {PrivacyHitModel::Found, 24},
                                          {PrivacyHitModel::Replacement, 22}};
    for (const auto &[column, chars] : widths)
        m_table->setColumnWidth(column, ch * chars);
    auto *acceptKey = new QAction(m_table);
    acceptKey->setShortcut(Qt::Key_A);
    acceptKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(acceptKey);
    connect(acceptKey, &QAction::triggered, this, &PrivacyPage::acceptCurrent);

    auto *top = new QSplitter(Qt::Horizontal, content);
    top->setObjectName(u"privacyListSplit"_s); // remembered by MainWindow
    top->addWidget(m_kindList);
    top->addWidget(m_table);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);

    auto *detail = new QWidget(content);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_message, 1);
    detailLayout->addWidget(createActions());

    auto *split = new QSplitter(Qt::Vertical, content);
    split->setObjectName(u"privacyDetailSplit"_s); // remembered by MainWindow
    split->addWidget(top);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_kindList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                m_filter->setKind(index.data(PrivacyKindModel::KindRole).toInt());
            });
    connect(m_search, &QLineEdit::textChanged, m_filter, &PrivacyHitFilter::setSearch);
    connect(m_hideAccepted, &QCheckBox::toggled, m_filter, &PrivacyHitFilter::setHideAccepted);
    connect(m_onlySelected, &QCheckBox::toggled, this, &PrivacyPage::updateThreads);
    connect(m_mask, &QCheckBox::toggled, m_hits, &PrivacyHitModel::setMasked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PrivacyPage::currentChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PrivacyPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PrivacyPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PrivacyPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PrivacyPage::updateSummary);
    return content;
}

QWidget *PrivacyPage::createActions()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_accept->setToolTip(tr("Mark this finding as reviewed: its replacement is fine (A)"));
    m_allow->setToolTip(tr("This is not personal data: never replace this word again"));
    m_pseudonym->setPlaceholderText(tr("Pseudonym for this person"));
    m_pseudonym->setObjectName(u"pseudonymField"_s);
    m_rename->setToolTip(tr("Use this name for the person everywhere in the dataset"));
    m_name->setPlaceholderText(tr("A name the detector missed"));
    m_name->setObjectName(u"extraNameField"_s);
    m_addName->setToolTip(tr("Treat this name like a contact's name and replace it everywhere"));
    auto *pseudonymLabel = new QLabel(tr("&Pseudonym:"), box);
    pseudonymLabel->setBuddy(m_pseudonym);
    auto *nameLabel = new QLabel(tr("Missed &a name?"), box);
    nameLabel->setBuddy(m_name);
    grid->addWidget(m_accept, 0, 0);
    grid->addWidget(m_allow, 0, 1);
    grid->addWidget(pseudonymLabel, 0, 2);
    grid->addWidget(m_pseudonym, 0, 3);
    grid->addWidget(m_rename, 0, 4);
    grid->addWidget(nameLabel, 1, 2);
    grid->addWidget(m_name, 1, 3);
    grid->addWidget(m_addName, 1, 4);
    grid->setColumnStretch(3, 1);
    connect(m_accept, &QPushButton::clicked, this, &PrivacyPage::acceptCurrent);
    connect(m_allow, &QPushButton::clicked, this, &PrivacyPage::allowCurrentWord);
    connect(m_rename, &QPushButton::clicked, this, &PrivacyPage::renameCurrentPerson);
    connect(m_pseudonym, &QLineEdit::returnPressed, this, &PrivacyPage::renameCurrentPerson);
    connect(m_addName, &QPushButton::clicked, this, &PrivacyPage::addName);
    connect(m_name, &QLineEdit::returnPressed, this, &PrivacyPage::addName);
    connect(m_name, &QLineEdit::textChanged, this, &PrivacyPage::updateActions);
    connect(m_message, &PrivacyMessageView::originalSelectionChanged, this, [this] {
        const QString selected = m_message->selectedOriginal();
        if (!selected.isEmpty())
            m_name->setText(selected);
    });
    return box;
}

QString PrivacyPage::pageId() const
{
    return u"privacy"_s;
}

QString PrivacyPage::title() const
{
    return tr("Privacy");
}

QIcon PrivacyPage::icon() const
{
    return Icons::icon(u"privacy"_s);
}

void PrivacyPage::activate()
{
    m_controller->ensureCurrent();
    resultChanged();
}

bool PrivacyPage::focusSearch()
{
    if (m_stack->currentIndex() != kContentPage)
        return false;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

const PrivacyFinding *PrivacyPage::currentFinding() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_controller->result())
        return nullptr;
    return &m_hits->finding(m_filter->mapToSource(index).row());
}

void PrivacyPage::resultChanged()
{
    const auto &result = m_controller->result();
    if (!m_session->hasExport()) {
        m_empty->setTitle(tr("No export open"));
        m_empty->setText(tr("Open a Signal export to review the personal data in it."));
        m_empty->setButtonText({});
        m_stack->setCurrentIndex(kEmptyPage);
        return;
    }
    if (!result) {
        m_empty->setTitle(tr("Looking for personal data\u2026"));
        m_empty->setText(tr("Names, phone numbers, addresses, links and secrets are found on this "
                            "computer; nothing is sent anywhere."));
        m_empty->setButtonText({});
        m_stack->setCurrentIndex(kEmptyPage);
        return;
    }
    m_stack->setCurrentIndex(kContentPage);
    updateThreads();
    // Keep the selection across re-runs; if its hit went away, keep showing its message.
    int row = -1;
    if (!m_currentId.isEmpty()) {
        const auto &findings = result->report.findings;
        for (size_t i = 0; i < findings.size(); ++i) {
            if (qint64(findings[i].message) == m_currentMessage
                && PrivacyController::hitId(findings[i]) == m_currentId) {
                row = m_filter->mapFromSource(m_hits->index(int(i), 0)).row();
                break;
            }
        }
    }
    if (row >= 0) {
        m_table->setCurrentIndex(m_filter->index(row, 0));
    } else if (m_currentMessage >= 0
               && quint32(m_currentMessage) < result->layer->chatExport().messages.size()) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->clearSelection();
        m_table->setCurrentIndex({});
        m_message->showMessage(&*result, m_controller->resultInput().get(),
                               quint32(m_currentMessage), m_currentQuote);
        updateActions();
    } else if (m_filter->rowCount() > 0) {
        m_table->setCurrentIndex(m_filter->index(0, 0));
    } else {
        currentChanged();
    }
    updateSummary();
}

void PrivacyPage::updateThreads()
{
    const auto &result = m_controller->result();
    KindCountArray counts{};
    if (m_onlySelected->isChecked() && m_session->hasExport()) {
        QSet<int> threads;
        const int n = int(m_session->chatExport()->threads.size());
        for (int t = 0; t < n; ++t) {
            if (m_session->isThreadIncluded(t))
                threads.insert(t);
        }
        if (result) {
            for (int t : std::as_const(threads)) {
                if (size_t(t) >= result->report.threads.size())
                    continue;
                const KindCountArray &hits = result->report.threads[size_t(t)].hits;
                for (size_t k = 0; k < counts.size(); ++k)
                    counts[k] += hits[k];
            }
        }
        m_filter->setThreads(threads);
    } else {
        m_filter->setThreads(std::nullopt);
        if (result)
            counts = result->report.hitsByKind;
    }
    m_kinds->setCounts(counts);
    updateSummary();
}

void PrivacyPage::updateSummary()
{
    const auto &result = m_controller->result();
    if (!result)
        return;
    const QLocale locale;
    const PrivacyReport &r = result->report;
    QString text = tr("%1 findings in %2 of %3 messages; %4 messages left out of the dataset.")
                       .arg(locale.toString(m_kinds->total()), locale.toString(r.messagesChanged),
                            locale.toString(r.messagesScanned), locale.toString(r.messagesDropped));
    text += u' ' + tr("Showing %1.").arg(locale.toString(m_filter->rowCount()));
    if (m_controller->isRunning())
        text += u' ' + tr("Updating\u2026");
    m_summary->setText(text);
}

void PrivacyPage::currentChanged()
{
    const PrivacyFinding *f = currentFinding();
    if (f) {
        m_currentId = PrivacyController::hitId(*f);
        m_currentMessage = f->message;
        m_currentQuote = f->field == TextField::Quote;
    }
    m_message->showFinding(m_controller->result() ? &*m_controller->result() : nullptr,
                           m_controller->resultInput().get(), f);
    const PseudonymMap::Entry *person = f ? m_controller->personOf(*f) : nullptr;
    m_pseudonym->setText(
        person ? (person->family.isEmpty() ? person->given : person->given + u' ' + person->family)
               : QString());
    updateActions();
}

void PrivacyPage::updateActions()
{
    const PrivacyFinding *f = currentFinding();
    m_accept->setEnabled(f != nullptr);
    m_accept->setText(f && m_controller->isAccepted(*f) ? tr("Un&accept") : tr("&Accept"));
    m_allow->setEnabled(f && f->kind != PiiKind::Keyword && !f->original.trimmed().isEmpty());
    m_allow->setText(f ? tr("A&llow \u201c%1\u201d").arg(f->original.left(24)) : tr("A&llow Word"));
    const bool person = f && m_controller->personOf(*f);
    m_pseudonym->setEnabled(person);
    m_rename->setEnabled(person);
    m_pseudonym->setToolTip(
        person ? QString()
               : tr("Only people get chosen pseudonyms; other kinds become numbered "
                    "placeholders such as <PHONE_1>"));
    m_addName->setEnabled(!m_name->text().trimmed().isEmpty());
}

void PrivacyPage::acceptCurrent()
{
    const PrivacyFinding *f = currentFinding();
    if (!f)
        return;
    const int row = m_table->currentIndex().row();
    const bool accept = !m_controller->isAccepted(*f);
    m_controller->setAccepted({f}, accept);
    const int rows = m_filter->rowCount();
    if (accept && rows > 0) {
        // On to the next finding (an accepted one may have just been hidden).
        const int next = m_hideAccepted->isChecked() ? row : row + 1;
        m_table->setCurrentIndex(m_filter->index(std::min(next, rows - 1), 0));
    }
    updateActions();
}

void PrivacyPage::allowCurrentWord()
{
    if (const PrivacyFinding *f = currentFinding())
        m_controller->allowWord(f->original);
}

void PrivacyPage::renameCurrentPerson()
{
    if (const PrivacyFinding *f = currentFinding())
        m_controller->setPseudonym(*f, m_pseudonym->text());
}

void PrivacyPage::addName()
{
    m_controller->addName(m_name->text());
    m_name->clear();
}

} // namespace idiolect
