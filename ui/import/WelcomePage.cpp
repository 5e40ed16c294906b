// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "DemoExport.h"
#include "ImportController.h"
#include "RecentFilesModel.h"
#include "settings/Settings.h"
#include "widgets/Icons.h"
#include "widgets/InlineMessage.h"
#include "widgets/TwoLineDelegate.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

WelcomePage::WelcomePage(ImportController *importer, Settings *settings, QWidget *parent)
    : Page(parent),
      m_importer(importer),
      m_settings(settings),
      m_recentModel(new RecentFilesModel(settings, this)),
      m_message(new InlineMessage(this))
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    column->addWidget(createHeader());
    column->addSpacing(spacing);
    column->addWidget(m_message);

    m_progressBox = new QWidget;
    auto *progressLayout = new QHBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Import progress"));
    auto *cancel = new QPushButton(tr("Cancel"));
    connect(cancel, &QPushButton::clicked, m_importer, &ImportController::cancel);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(cancel);
    m_progressBox->hide();
    column->addWidget(m_progressBox);

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(createStartBox(), 2);
    boxes->addWidget(createRecentBox(), 3);
    column->addLayout(boxes);
    column->addWidget(createHelpBox());
    column->addStretch();

    // Keep the content at a readable width, centred, and scrollable at 200 % scale.
    auto *center = new QWidget;
    auto *centerLayout = new QHBoxLayout(center);
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 150);
    centerLayout->addWidget(content);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(center);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_importer, &ImportController::started, this,
            [this](const QString &path) { setBusy(true, path); });
    connect(m_importer, &ImportController::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_importer, &ImportController::succeeded, this, [this] {
        setBusy(false);
        m_message->hide();
    });
    connect(m_importer, &ImportController::failed, this, &WelcomePage::showFailure);
}

QString WelcomePage::pageId() const
{
    return u"welcome"_s;
}

QString WelcomePage::title() const
{
    return tr("Welcome");
}

QIcon WelcomePage::icon() const
{
    return Icons::icon(u"welcome"_s);
}

QWidget *WelcomePage::createHeader()
{
    auto *header = new QWidget;
    auto *layout = new QHBoxLayout(header);
    auto *logo = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    logo->setPixmap(Icons::appIcon().pixmap(QSize(size, size), devicePixelRatioF()));
    layout->addWidget(logo, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    auto *name = new QLabel(tr("Idiolect"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    name->setFont(big);
    auto *tagline = new QLabel(tr("Turn your Signal chat history into training data for a "
                                  "language model that writes the way you do."));
    tagline->setWordWrap(true);
    auto *privacy = new QLabel(tr("Everything stays on this computer. Nothing is sent anywhere "
                                  "unless you switch on an enrichment yourself."));
    privacy->setWordWrap(true);
    privacy->setForegroundRole(QPalette::PlaceholderText);
    text->addWidget(name);
    text->addWidget(tagline);
    text->addWidget(privacy);
    auto *learn = new QLabel(u"<a href=\"#how\">%1</a>"_s.arg(
        tr("What is this? How Idiolect turns chats into examples").toHtmlEscaped()));
    learn->setObjectName(u"howItWorksLink"_s);
    learn->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(learn, &QLabel::linkActivated, this, &WelcomePage::howItWorksRequested);
    text->addWidget(learn);
    layout->addLayout(text, 1);
    return header;
}

QWidget *WelcomePage::createStartBox()
{
    auto *box = new QGroupBox(tr("Start"));
    auto *layout = new QVBoxLayout(box);
    auto *folder = new QPushButton(Icons::icon(u"folder"_s), tr("Open Export &Folder\u2026"));
    folder->setToolTip(tr("A folder from signalbackup-tools, Signal's own chat export or "
                          "signal-export"));
    auto *file = new QPushButton(tr("Open Export F&ile\u2026"));
    file->setToolTip(tr("A database.sqlite, a main.jsonl, a ZIP archive or an Idiolect project"));
    m_demoButton = new QPushButton(Icons::icon(u"demo"_s), tr("Try the &Demo Export"));
    m_demoButton->setToolTip(tr("Open a small made-up export to look around"));
    m_demoButton->setEnabled(DemoExport::isAvailable());
    for (QPushButton *b : {folder, file, m_demoButton}) {
        b->setMinimumHeight(b->sizeHint().height() * 5 / 4);
        layout->addWidget(b);
    }
    auto *drop = new QLabel(tr("Or drop an export folder or file anywhere on this window."));
    drop->setWordWrap(true);
    drop->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(drop);
    layout->addStretch();
    connect(folder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(file, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(m_demoButton, &QPushButton::clicked, m_importer, &ImportController::openDemo);
    return box;
}

void WelcomePage::activate()
{
    m_recentModel->refresh();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isVisible())
        m_recentModel->refresh();
    Page::changeEvent(event);
}

QWidget *WelcomePage::createRecentBox()
{
    auto *box = new QGroupBox(tr("Recent"));
    auto *layout = new QVBoxLayout(box);
    m_recent = new QListView;
    m_recent->setObjectName(u"recentList"_s);
    m_recent->setAccessibleName(tr("Recently opened exports"));
    m_recent->setModel(m_recentModel);
    m_recent->setItemDelegate(
        new TwoLineDelegate(Qt::ToolTipRole, RecentFilesModel::ExistsRole, m_recent));
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setContextMenuPolicy(Qt::CustomContextMenu);
    m_recent->setUniformItemSizes(true);
    m_recent->setMinimumHeight(m_recent->fontMetrics().height() * 12);
    m_recentEmpty = new QLabel(tr("Exports you open appear here, so you can come back to them "
                                  "and continue where you left off."));
    m_recentEmpty->setWordWrap(true);
    m_recentEmpty->setAlignment(Qt::AlignCenter);
    m_recentEmpty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_recent);
    layout->addWidget(m_recentEmpty, 1);
    auto updateEmpty = [this] {
        const bool empty = m_recentModel->rowCount() == 0;
        m_recent->setVisible(!empty);
        m_recentEmpty->setVisible(empty);
    };
    connect(m_recentModel, &QAbstractItemModel::modelReset, this, updateEmpty);
    updateEmpty();
    connect(m_recent, &QListView::activated, this, &WelcomePage::openRecent);
    connect(m_recent, &QListView::customContextMenuRequested, this, &WelcomePage::showRecentMenu);
    return box;
}

QWidget *WelcomePage::createHelpBox()
{
    auto *box = new QGroupBox(tr("Getting an export out of Signal"));
    auto *layout = new QVBoxLayout(box);
    auto *label = new QLabel(
        tr("<p><b>Signal on Android, classic backup:</b> decrypt it with "
           "<i>signalbackup-tools</i> (<tt>-o folder</tt> or <tt>--exportcsv</tt>) and open the "
           "folder.</p>"
           "<p><b>Signal on Android 8.10 or newer:</b> Settings \u2192 Chats \u2192 Export chat "
           "history, then open the folder or the ZIP.</p>"
           "<p><b>Signal Desktop:</b> export with <i>signal-export</i> and open its folder.</p>"
           "<p>Idiolect recognises the format by what is inside; file names do not matter.</p>"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    layout->addWidget(label);
    return box;
}

void WelcomePage::setBusy(bool busy, const QString &path)
{
    m_progressBox->setVisible(busy);
    if (busy) {
        m_message->hide();
        m_progressLabel->setText(tr("Importing %1\u2026").arg(RecentFilesModel::displayName(path)));
        m_progress->setRange(0, 0);
    }
}

void WelcomePage::showFailure(const Error &error, const QString &path)
{
    setBusy(false);
    if (error.code == ErrorCode::Canceled) {
        m_message->showMessage(Theme::Tone::Information, tr("The import was canceled."));
        return;
    }
    m_message->showError(error);
    if (error.code == ErrorCode::InvalidUtf8 || error.code == ErrorCode::InvalidJson) {
        QAction *retry = m_message->addActionButton(tr("Import Anyway"));
        retry->setToolTip(tr("Repair broken text and skip unreadable lines; each repair is "
                             "listed in the overview."));
        connect(retry, &QAction::triggered, m_importer, &ImportController::retryLenient);
    }
    if (!path.isEmpty() && !QFileInfo::exists(path)) {
        QAction *forget = m_message->addActionButton(tr("Remove from Recent"));
        connect(forget, &QAction::triggered, this, [this, path] {
            m_settings->removeRecentFile(path);
            m_message->hide();
        });
    }
}

void WelcomePage::openRecent(const QModelIndex &index)
{
    if (index.isValid())
        m_importer->open(index.data(RecentFilesModel::PathRole).toString());
}

void WelcomePage::showRecentMenu(const QPoint &pos)
{
    const QModelIndex index = m_recent->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        const QString path = index.data(RecentFilesModel::PathRole).toString();
        menu.addAction(tr("Open"), this, [this, index] { openRecent(index); });
        menu.addAction(tr("Remove from List"), this,
                       [this, path] { m_settings->removeRecentFile(path); });
        menu.addSeparator();
    }
    menu.addAction(tr("Clear List"), m_settings, &Settings::clearRecentFiles);
    menu.exec(m_recent->viewport()->mapToGlobal(pos));
}

} // namespace idiolect
