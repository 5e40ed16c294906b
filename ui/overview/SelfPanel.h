// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChatExport.h"

#include <QFrame>

class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace idiolect {

class RecipientListModel;

/**
 * Inline chooser for who "you" are: a searchable list of the export's people,
 * with detection's candidates first. Choosing re-imports with that person as self.
 */
class SelfPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfPanel)

public:
    explicit SelfPanel(QWidget *parent = nullptr);

    void setExport(const ChatExportPtr &chatExport);
    /** Selects @p recipientId in the list (tests, keyboard users). */
    bool selectRecipient(qint64 recipientId);
    [[nodiscard]] QListView *listView() const { return m_list; }

Q_SIGNALS:
    void chosen(qint64 recipientId);
    void canceled();

private:
    void accept();

    RecipientListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_list;
    QPushButton *m_use;
};

} // namespace idiolect
