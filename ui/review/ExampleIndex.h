// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace idiolect {

class TextLayer;
struct GenerationResult;

/**
 * Lookups and sort keys of one generation result that the review needs, built
 * once off the UI thread (the generation job builds it beside the examples):
 * the row of an example id, each row's date and its chat's rank in caseless
 * order. With them the review table installs a result of 600,000 examples,
 * maps a decision to its row and sorts, all without touching a QString per row.
 * Immutable once built; shared by pointer.
 */
class ExampleIndex final
{
public:
    /** Builds the index of @p result, whose message dates are read through @p layer. */
    [[nodiscard]] static std::shared_ptr<const ExampleIndex> build(const GenerationResult &result,
                                                                   const TextLayer &layer);

    [[nodiscard]] int size() const { return int(m_dates.size()); }
    /** The rows whose example has @p id (one, unless ids collide), in row order. */
    [[nodiscard]] std::span<const std::pair<quint64, quint32>> rowsOf(quint64 id) const;
    /** The first row with @p id (16 hex digits), or -1. */
    [[nodiscard]] int rowOf(QStringView id) const;
    /** The date of the row's first target message (ms since the epoch), 0 if it has none. */
    [[nodiscard]] qint64 date(int row) const { return m_dates[size_t(row)]; }
    /** The rank of the row's chat name in caseless order (equal names, equal ranks). */
    [[nodiscard]] quint32 partnerRank(int row) const { return m_partnerRanks[size_t(row)]; }

private:
    std::vector<std::pair<quint64, quint32>> m_byId; ///< (id, row), sorted.
    std::vector<qint64> m_dates;
    std::vector<quint32> m_partnerRanks;
};

} // namespace idiolect
