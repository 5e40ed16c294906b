// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace idiolect {

/** The look every data table of the app shares. */
class Tables final
{
public:
    static constexpr int kFitRows = 100;
    /**
     * Whole-row selection, alternating rows, no row numbers, rows sized to the
     * font (so 200 % scale works), sortable; columns fit the contents of the
     * first kFitRows rows in view except @p stretchColumn, which takes the rest
     * of the width.
     */
    static void setUpRowTable(QTableView *table, int stretchColumn);
};

} // namespace idiolect
