// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleIndex.h"

#include "generation/ExampleId.h"
#include "generation/GenerationResult.h"
#include "model/TextLayer.h"

#include <QHash>

#include <algorithm>

namespace idiolect {

std::shared_ptr<const ExampleIndex> ExampleIndex::build(const GenerationResult &result,
                                                        const TextLayer &layer)
{
    auto index = std::make_shared<ExampleIndex>();
    const std::vector<Example> &examples = result.examples;
    const MessageStore &messages = layer.chatExport().messages;
    index->m_byId.reserve(examples.size());
    index->m_dates.reserve(examples.size());
    index->m_partnerRanks.reserve(examples.size());
    // Partner names repeat (one per chat): rank the distinct ones, then look each row up.
    QHash<QString, quint32> distinct;
    for (size_t row = 0; row < examples.size(); ++row) {
        const Example &ex = examples[row];
        index->m_byId.emplace_back(ex.id, quint32(row));
        index->m_dates.push_back(ex.targets.empty() ? 0
                                                    : messages.dateSent(ex.targets.front().index));
        const auto it = distinct.constFind(ex.partner);
        index->m_partnerRanks.push_back(
            it != distinct.cend() ? *it : *distinct.insert(ex.partner, quint32(distinct.size())));
    }
    std::sort(index->m_byId.begin(), index->m_byId.end());

    struct Name
    {
        QString folded;
        QString name;
        quint32 first = 0;
    };
    std::vector<Name> names(size_t(distinct.size()));
    for (auto it = distinct.cbegin(); it != distinct.cend(); ++it)
        names[it.value()] = {it.key().toCaseFolded(), it.key(), it.value()};
    std::sort(names.begin(), names.end(), [](const Name &a, const Name &b) {
        return std::tie(a.folded, a.name) < std::tie(b.folded, b.name);
    });
    std::vector<quint32> rankOf(names.size());
    for (size_t rank = 0; rank < names.size(); ++rank) {
        // Names that differ only in case share a rank, as a caseless comparison would.
        const bool same = rank > 0 && names[rank].folded == names[rank - 1].folded;
        rankOf[names[rank].first] = same ? rankOf[names[rank - 1].first] : quint32(rank);
    }
    for (quint32 &r : index->m_partnerRanks)
        r = rankOf[r];
    return index;
}

std::span<const std::pair<quint64, quint32>> ExampleIndex::rowsOf(quint64 id) const
{
    const auto [lo, hi]
        = std::equal_range(m_byId.begin(), m_byId.end(), id, [](const auto &a, const auto &b) {
              if constexpr (std::is_same_v<std::decay_t<decltype(a)>, quint64>)
                  return a < b.first;
              else
                  return a.first < b;
          });
    return {lo, hi};
}

int ExampleIndex::rowOf(QStringView id) const
{
    const quint64 value = ExampleId::fromString(id);
    const auto rows = value == 0 ? std::span<const std::pair<quint64, quint32>>() : rowsOf(value);
    return rows.empty() ? -1 : int(rows.front().second);
}

} // namespace idiolect
