// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tables.h"

#include <QHeaderView>
#include <QTableView>

namespace idiolect {

void Tables::setUpRowTable(QTableView *table, int stretchColumn)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() * 3 / 2);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    // Fit the columns to the rows in view, not to the first thousand: with a large
    // model every reset or sort would otherwise lay out 1,000 rows of text per column.
    header->setResizeContentsPrecision(0);
    header->setHighlightSections(false);
}

} // namespace idiolect
