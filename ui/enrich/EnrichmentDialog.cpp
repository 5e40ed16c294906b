// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrichmentDialog.h"

#include "EnrichmentController.h"
#include "EnrichmentDisclosure.h"
#include "EnrichmentFilterProxy.h"
#include "EnrichmentItemsModel.h"
#include "enrich/EnrichmentParams.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

EnrichmentDialog::EnrichmentDialog(EnrichmentController *controller, QWidget *parent)
    : QDialog(parent),
      m_controller(controller),
      m_model(new EnrichmentItemsModel(controller, this)),
      m_proxy(new EnrichmentFilterProxy(this)),
      m_summary(new QLabel(this)),
      m_disclosure(new QLabel(this)),
      m_run(new QPushButton(tr("Enrich &Now"), this)),
      m_show(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_view(new QTableView(this))
{
    setObjectName(u"enrichmentDialog"_s);
    setWindowTitle(tr("Enrichment"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EnrichmentItemsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_summary->setWordWrap(true);
    m_disclosure->setWordWrap(true);
    m_disclosure->setForegroundRole(QPalette::PlaceholderText);
    auto *settings = new QPushButton(tr("&Settings\u2026"), this);
    m_run->setToolTip(tr("Run enrichment again with your settings; fetching and describing use "
                         "the internet only where you switched them on."));
    auto *top = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_summary);
    texts->addWidget(m_disclosure);
    top->addLayout(texts, 1);
    top->addWidget(m_run, 0, Qt::AlignTop);
    top->addWidget(settings, 0, Qt::AlignTop);

    m_show->addItem(tr("All links and photos"), int(EnrichmentFilterProxy::Show::All));
    m_show->addItem(tr("With added text"), int(EnrichmentFilterProxy::Show::Added));
    m_show->addItem(tr("Nothing added (failed, skipped, no preview)"),
                    int(EnrichmentFilterProxy::Show::Problems));
    m_show->addItem(tr("Edited by you"), int(EnrichmentFilterProxy::Show::Edited));
    m_search->setPlaceholderText(tr("Search chats, links and text"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_show);
    filters->addWidget(m_search, 1);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    for (int column :
         {EnrichmentItemsModel::Sent, EnrichmentItemsModel::Kind, EnrichmentItemsModel::Source})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EnrichmentItemsModel::Text, QHeaderView::Stretch);
    // The added text gets the room; long links and reasons elide and show in full as tooltips.
    const int em = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(EnrichmentItemsModel::Chat, em * 14);
    m_view->setColumnWidth(EnrichmentItemsModel::Link, em * 22);
    m_view->setColumnWidth(EnrichmentItemsModel::Status, em * 18);
    m_view->sortByColumn(EnrichmentItemsModel::Sent, Qt::AscendingOrder);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(createEditor());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(settings, &QPushButton::clicked, this, &EnrichmentDialog::settingsRequested);
    connect(m_run, &QPushButton::clicked, this, &EnrichmentDialog::runRequested);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setShow(EnrichmentFilterProxy::Show(m_show->currentData().toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &EnrichmentFilterProxy::setSearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EnrichmentDialog::currentChanged);
    connect(m_controller, &EnrichmentController::resultChanged, this,
            &EnrichmentDialog::updateSummary);
    connect(m_controller, &EnrichmentController::editsChanged, this,
            &EnrichmentDialog::updateSummary);
    connect(m_controller, &EnrichmentController::started, this, &EnrichmentDialog::updateSummary);
    connect(m_controller, &EnrichmentController::finished, this, &EnrichmentDialog::updateSummary);
    connect(m_controller, &EnrichmentController::editsChanged, this,
            &EnrichmentDialog::currentChanged);
    updateSummary();
    currentChanged();
    resize(em * 150, fontMetrics().lineSpacing() * 34);
}

QWidget *EnrichmentDialog::createEditor()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_itemInfo = new QLabel(box);
    m_itemInfo->setWordWrap(true);
    m_itemInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editor = new QPlainTextEdit(box);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("The text added after the link or in place of the photo"));
    m_save = new QPushButton(tr("&Use This Text"), box);
    m_remove = new QPushButton(tr("&Remove Addition"), box);
    m_remove->setToolTip(tr("Keep the link or photo, but add nothing for it"));
    m_restore = new QPushButton(tr("Res&tore Original"), box);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_restore);
    row->addWidget(m_remove);
    row->addWidget(m_save);
    layout->addWidget(m_itemInfo);
    layout->addWidget(m_editor, 1);
    layout->addLayout(row);

    connect(m_save, &QPushButton::clicked, this, &EnrichmentDialog::saveEdit);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex i = currentSource();
        if (i.isValid())
            m_controller->clearItem(i.data(EnrichmentItemsModel::MessageRole).toUInt(),
                                    i.data(EnrichmentItemsModel::KeyRole).toString());
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QModelIndex i = currentSource();
        if (i.isValid())
            m_controller->resetItem(i.data(EnrichmentItemsModel::MessageRole).toUInt(),
                                    i.data(EnrichmentItemsModel::KeyRole).toString());
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_save->setEnabled(currentSource().isValid()
                           && !m_editor->toPlainText().trimmed().isEmpty());
    });
    return box;
}

QModelIndex EnrichmentDialog::currentSource() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->index(m_proxy->mapToSource(current).row(), 0);
}

void EnrichmentDialog::currentChanged()
{
    const QModelIndex i = currentSource();
    const bool valid = i.isValid();
    m_editor->setEnabled(valid);
    m_remove->setEnabled(valid && !i.data(EnrichmentItemsModel::RemovedRole).toBool());
    m_restore->setEnabled(valid && i.data(EnrichmentItemsModel::EditedRole).toBool());
    if (!valid) {
        m_itemInfo->setText(tr("Select a link or photo to see and change what was added."));
        m_editor->clear();
        m_save->setEnabled(false);
        return;
    }
    const auto cell = [&i](int column) { return i.siblingAtColumn(column).data().toString(); };
    m_itemInfo->setText(tr("%1 in %2, %3 \u2014 %4")
                            .arg(cell(EnrichmentItemsModel::Kind), cell(EnrichmentItemsModel::Chat),
                                 cell(EnrichmentItemsModel::Sent),
                                 cell(EnrichmentItemsModel::Status)));
    const QString text = i.data(EnrichmentItemsModel::RemovedRole).toBool()
        ? QString()
        : i.siblingAtColumn(EnrichmentItemsModel::Text).data(Qt::ToolTipRole).toString();
    if (m_editor->toPlainText() != text)
        m_editor->setPlainText(text);
    m_save->setEnabled(false);
}

void EnrichmentDialog::saveEdit()
{
    const QModelIndex i = currentSource();
    const QString text = m_editor->toPlainText().trimmed();
    if (!i.isValid() || text.isEmpty())
        return;
    m_controller->setText(i.data(EnrichmentItemsModel::MessageRole).toUInt(),
                          i.data(EnrichmentItemsModel::KeyRole).toString(), text);
}

void EnrichmentDialog::updateSummary()
{
    m_disclosure->setText(EnrichmentDisclosure::summary(m_controller->params(true)));
    m_run->setEnabled(m_controller->layer() != nullptr);
    if (m_controller->isRunning()) {
        m_summary->setText(tr("Enriching\u2026 progress and Cancel are in the status bar."));
        return;
    }
    const EnrichmentResult *result = m_controller->result();
    if (!result) {
        m_summary->setText(tr("Nothing enriched yet. Open an export, then choose Enrich Now."));
        return;
    }
    const EnrichmentSummary &s = result->summary;
    const QLocale locale;
    m_summary->setText(
        tr("<b>%Ln message(s) changed.</b> Posts: %1 from saved previews, %2 fetched, %3 failed. "
           "Web pages: %4. Photos: %5 described, %6 failed, %7 skipped.",
           nullptr, int(s.enhancedMessages))
            .arg(locale.toString(s.tweetsFromPreviews), locale.toString(s.tweetsFetched),
                 locale.toString(s.tweetsFailed), locale.toString(s.linksFromPreviews),
                 locale.toString(s.imagesDescribed), locale.toString(s.imagesFailed),
                 locale.toString(s.imagesSkipped)));
}

} // namespace idiolect
