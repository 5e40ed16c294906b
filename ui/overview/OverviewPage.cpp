// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "DateRangeBar.h"
#include "SelfPanel.h"
#include "ThreadFilterProxy.h"
#include "ThreadTableModel.h"
#include "import/ImportController.h"
#include "import/RecentFilesModel.h"
#include "project/Session.h"
#include "widgets/Icons.h"
#include "widgets/InlineMessage.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

QString formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::SignalCsv: return OverviewPage::tr("Signal database tables (CSV)");
    case ExportFormat::SignalSqlite: return OverviewPage::tr("Signal database (SQLite)");
    case ExportFormat::SignalPlaintext: return OverviewPage::tr("Signal chat export");
    case ExportFormat::SignalDesktopExport: return OverviewPage::tr("signal-export (Desktop)");
    case ExportFormat::Unknown: break;
    }
    return OverviewPage::tr("Unknown format");
}

QString selfMethodSentence(SelfMethod method)
{
    switch (method) {
    case SelfMethod::Override: return OverviewPage::tr("You chose this yourself.");
    case SelfMethod::OutgoingSender:
        return OverviewPage::tr("Found from the sender of the messages you sent.");
    case SelfMethod::IncomingTarget:
        return OverviewPage::tr("Found from the recipient of the messages you received.");
    case SelfMethod::Heuristic:
        return OverviewPage::tr("Guessed from quotes, reactions and group membership.");
    case SelfMethod::NoteToSelf: return OverviewPage::tr("Found from your Note to Self chat.");
    case SelfMethod::ExportMarker: return OverviewPage::tr("The export names you.");
    case SelfMethod::Unknown: break;
    }
    return {};
}

} // namespace

OverviewPage::OverviewPage(Session *session, ImportController *importer, QWidget *parent)
    : Page(parent),
      m_session(session),
      m_importer(importer),
      m_model(new ThreadTableModel(session, this)),
      m_proxy(new ThreadFilterProxy(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSummary());
    m_selfPanel = new SelfPanel(this);
    m_selfPanel->hide();
    layout->addWidget(m_selfPanel);
    m_warnings = new InlineMessage(this);
    layout->addWidget(m_warnings);

    m_range = new DateRangeBar(this);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addStretch();
    layout->addLayout(rangeRow);
    layout->addWidget(createTableBar());

    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(u"threadTable"_s);
    m_table->setAccessibleName(tr("Chats"));
    m_table->setModel(m_proxy);
    Tables::setUpRowTable(m_table, ThreadTableModel::Name);
    m_table->sortByColumn(ThreadTableModel::Yours, Qt::DescendingOrder);
    layout->addWidget(m_table, 1);

    m_selection = new QLabel(this);
    m_selection->setObjectName(u"selectionSummary"_s);
    layout->addWidget(m_selection);

    connect(m_session, &Session::exportChanged, this, &OverviewPage::exportChanged);
    connect(m_session, &Session::selectionChanged, this, &OverviewPage::updateSelectionSummary);
    connect(m_session, &Session::dateRangeChanged, this, &OverviewPage::updateSelectionSummary);
    connect(m_range, &DateRangeBar::rangeChanged, m_session, &Session::setDateRange);
    connect(m_selfPanel, &SelfPanel::canceled, m_selfPanel, &QWidget::hide);
    connect(m_selfPanel, &SelfPanel::chosen, this, [this](qint64 id) {
        m_selfPanel->hide();
        m_importer->reimport(id, m_session->state().lenientImport);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        // Enter / double-click toggles the chat, like clicking its checkbox.
        const QModelIndex check = index.siblingAtColumn(ThreadTableModel::Included);
        const bool on = check.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_proxy->setData(check, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    exportChanged();
}

QString OverviewPage::pageId() const
{
    return u"overview"_s;
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QIcon OverviewPage::icon() const
{
    return Icons::icon(u"overview"_s);
}

bool OverviewPage::focusSearch()
{
    return focusSearchField(m_search);
}

QWidget *OverviewPage::createSummary()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_source = new QLabel(box);
    m_source->setObjectName(u"sourceSummary"_s);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_source);
    auto *selfRow = new QHBoxLayout;
    m_self = new QLabel(box);
    m_self->setObjectName(u"selfSummary"_s);
    m_self->setWordWrap(true);
    m_changeSelf = new QPushButton(tr("&Change\u2026"), box);
    m_changeSelf->setToolTip(tr("Choose which person in the export is you"));
    selfRow->addWidget(m_self, 1);
    selfRow->addWidget(m_changeSelf);
    layout->addLayout(selfRow);
    m_selfMessage = new InlineMessage(box);
    m_selfMessage->setCloseable(false);
    layout->addWidget(m_selfMessage);
    connect(m_changeSelf, &QPushButton::clicked, this, [this] {
        m_selfPanel->setExport(m_session->chatExport());
        m_selfPanel->setVisible(!m_selfPanel->isVisible());
        if (m_selfPanel->isVisible())
            m_selfPanel->listView()->setFocus();
    });
    return box;
}

QWidget *OverviewPage::createTableBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search chats (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search chats"));
    m_show = new QComboBox(bar);
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All chats"), int(ThreadFilterProxy::Show::All));
    m_show->addItem(tr("Used chats"), int(ThreadFilterProxy::Show::Included));
    m_show->addItem(tr("Unused chats"), int(ThreadFilterProxy::Show::Excluded));
    m_show->addItem(tr("1:1 chats"), int(ThreadFilterProxy::Show::OneToOne));
    m_show->addItem(tr("Groups"), int(ThreadFilterProxy::Show::Groups));
    auto *useAll = new QPushButton(tr("Use All Shown"), bar);
    useAll->setToolTip(tr("Use every chat the list currently shows"));
    auto *useNone = new QPushButton(tr("Use None Shown"), bar);
    useNone->setToolTip(tr("Stop using every chat the list currently shows"));
    layout->addWidget(m_search, 1);
    layout->addWidget(m_show);
    layout->addWidget(useAll);
    layout->addWidget(useNone);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ThreadFilterProxy::setSearchText);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setShow(ThreadFilterProxy::Show(m_show->itemData(index).toInt()));
    });
    connect(useAll, &QPushButton::clicked, this, [this] { includeShown(true); });
    connect(useNone, &QPushButton::clicked, this, [this] { includeShown(false); });
    return bar;
}

void OverviewPage::includeShown(bool include)
{
    m_session->setThreadsIncluded(m_proxy->visibleThreadIndexes(), include);
}

void OverviewPage::exportChanged()
{
    m_selfPanel->hide();
    if (!m_session->hasExport()) {
        m_source->clear();
        m_self->clear();
        m_selfMessage->hide();
        m_warnings->hide();
        m_selection->clear();
        return;
    }
    const ChatExport &ex = *m_session->chatExport();
    const QLocale locale;
    const qint64 text = ex.textMessages();
    const qint64 yours = ex.outgoingTextMessages();
    QString span;
    if (m_session->firstDay().isValid())
        span = tr("%1 to %2")
                   .arg(locale.toString(m_session->firstDay(), QLocale::ShortFormat),
                        locale.toString(m_session->lastDay(), QLocale::ShortFormat));
    m_source->setText(
        tr("<b>%1</b> \u00b7 %2<br>%3 chats \u00b7 %4 text messages, %5 of them yours \u00b7 %6")
            .arg(RecentFilesModel::displayName(ex.source.path).toHtmlEscaped(),
                 formatLabel(ex.source.format), locale.toString(qint64(ex.threads.size())),
                 locale.toString(text), locale.toString(yours), span));
    m_source->setToolTip(QDir::toNativeSeparators(ex.source.path));
    m_range->setRange(m_session->state().range, m_session->firstDay(), m_session->lastDay());
    updateSelf();
    updateWarnings();
    updateSelectionSummary();
}

void OverviewPage::updateSelf()
{
    const ChatExport &ex = *m_session->chatExport();
    if (ex.self.isKnown()) {
        m_self->setText(tr("You are <b>%1</b>. %2")
                            .arg(ex.displayName(ex.self.id).toHtmlEscaped(),
                                 selfMethodSentence(ex.self.method)));
        m_self->setToolTip(ex.self.detail);
        m_selfMessage->hide();
        m_changeSelf->setText(tr("&Change\u2026"));
        return;
    }
    m_self->setText(tr("Idiolect could not tell which person in this export is you."));
    m_selfMessage->showMessage(
        Theme::Tone::Warning,
        ex.self.candidates.isEmpty()
            ? tr("Choose yourself from the people in the export to continue.")
            : tr("%n people could be you. Choose yourself to continue.", nullptr,
                 int(ex.self.candidates.size())));
    m_changeSelf->setText(tr("&Choose\u2026"));
    m_selfPanel->setExport(m_session->chatExport());
    m_selfPanel->show();
}

void OverviewPage::updateWarnings()
{
    const ChatExport &ex = *m_session->chatExport();
    if (ex.warnings.isEmpty()) {
        m_warnings->hide();
        return;
    }
    QStringList lines;
    for (const ImportWarning &w : ex.warnings) {
        QString line = w.message.toHtmlEscaped();
        if (w.count > 1)
            line += u' ' + tr("(%n times)", nullptr, int(w.count));
        if (!w.file.isEmpty())
            line += u" \u2014 "_s + QFileInfo(w.file).fileName().toHtmlEscaped();
        lines.append(line);
    }
    m_warnings->showMessage(
        Theme::Tone::Warning,
        tr("The import finished with %n warning(s):", nullptr, int(ex.warnings.size()))
            + u"<ul style=\"margin:0\"><li>"_s + lines.join(u"</li><li>"_s) + u"</li></ul>"_s);
}

void OverviewPage::updateSelectionSummary()
{
    if (!m_session->hasExport())
        return;
    const ChatExport &ex = *m_session->chatExport();
    qint64 chats = 0, yours = 0;
    for (int i = 0; i < int(ex.threads.size()); ++i) {
        if (m_session->isThreadIncluded(i)) {
            ++chats;
            yours += m_model->yoursInSpan(i);
        }
    }
    const QLocale locale;
    m_selection->setText(tr("Using %1 of %2 chats \u00b7 %3 of your messages in the time span")
                             .arg(locale.toString(chats),
                                  locale.toString(qint64(ex.threads.size())),
                                  locale.toString(yours)));
}

} // namespace idiolect
