// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"

namespace idiolect {

bool ChartData::isEmpty() const
{
    for (const ChartSeries &s : series) {
        for (qreal v : s.values) {
            if (v != 0)
                return false;
        }
    }
    return true;
}

} // namespace idiolect
