// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfPanel.h"

#include "RecipientListModel.h"
#include "widgets/TwoLineDelegate.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace idiolect {

SelfPanel::SelfPanel(QWidget *parent)
    : QFrame(parent),
      m_model(new RecipientListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
      m_list(new QListView(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which of these people are you? Your messages become the "
                                "answers in the training data, so this has to be right."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_search->setPlaceholderText(tr("Search people"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setObjectName(u"selfList"_s);
    m_list->setAccessibleName(tr("People in the export"));
    m_list->setItemDelegate(new TwoLineDelegate(RecipientListModel::SubtitleRole, -1, m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 12);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox;
    m_use = buttons->addButton(tr("Use This Person"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    m_use->setEnabled(false);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_use->setEnabled(current.isValid()); });
    connect(m_list, &QListView::activated, this, &SelfPanel::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &SelfPanel::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SelfPanel::canceled);
}

void SelfPanel::setExport(const ChatExportPtr &chatExport)
{
    m_model->setExport(chatExport);
    m_search->clear();
    if (chatExport && chatExport->self.isKnown())
        selectRecipient(chatExport->self.id);
}

bool SelfPanel::selectRecipient(qint64 recipientId)
{
    const int row = m_model->rowOf(recipientId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return index.isValid();
}

void SelfPanel::accept()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        Q_EMIT chosen(current.data(RecipientListModel::RecipientIdRole).toLongLong());
}

} // namespace idiolect
