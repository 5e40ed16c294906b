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
    // Fit the columns to at most 100 rows, not Qt's 1,000: with a large model every
    // reset or sort would otherwise lay out 1,000 rows of text per column (60 ms at
    // 600,000 examples). Not 0 ("the rows in view"): a hidden table has no rows in
    // view, and Qt then measures every row.
    header->setResizeContentsPrecision(kFitRows);
    header->setHighlightSections(false);
}

} // namespace idiolect
