// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageStream.h"

#include "Scenario.h"

namespace idiolect::demogen {

namespace {

constexpr size_t kIdWindow = 4096;

} // namespace

MessageStream::MessageStream(const Scenario &scenario, const Corpus &corpus) : m_scenario(scenario)
{
    qint64 totalWeight = 0;
    for (const ScenarioChat &c : scenario.chats)
        totalWeight += c.weight;
    const qint64 total = scenario.options.messages;
    std::vector<qint64> budgets;
    qint64 assigned = 0;
    for (const ScenarioChat &c : scenario.chats) {
        budgets.push_back(total * c.weight / std::max<qint64>(1, totalWeight));
        assigned += budgets.back();
    }
    if (!budgets.empty())
        budgets.front() += total - assigned; // the rounding remainder goes to the busiest chat
    for (size_t i = 0; i < budgets.size(); ++i)
        m_chats.push_back(std::make_unique<ChatScript>(scenario, int(i), budgets[i], corpus));
    m_windows.resize(m_chats.size());
}

MessageStream::~MessageStream() = default;

bool MessageStream::next(ScenarioMessage &out)
{
    if (m_produced >= m_scenario.options.messages)
        return false;
    // A linear scan over a dozen chats is cheaper than keeping a heap in sync.
    int best = -1;
    for (int attempt = 0; attempt < 2 && best < 0; ++attempt) {
        qint64 bestTime = 0;
        for (size_t i = 0; i < m_chats.size(); ++i) {
            if (!m_chats[i]->hasNext()) {
                // A chat that ended early hands its messages to the busiest chat.
                if (i != 0)
                    m_chats[0]->addBudget(m_chats[i]->takeUnusedBudget());
                continue;
            }
            const qint64 t = m_chats[i]->nextOrderTime();
            if (best < 0 || t < bestTime) {
                best = int(i);
                bestTime = t;
            }
        }
    }
    if (best < 0)
        return false;

    PendingMessage p = m_chats[size_t(best)]->take();
    out = std::move(p.message);
    out.id = ++m_produced;

    IdWindow &w = m_windows[size_t(best)];
    auto lookup = [&w](qint64 local) -> qint64 {
        const qint64 at = local - w.firstLocal;
        return at >= 0 && at < qint64(w.globalIds.size()) ? w.globalIds[size_t(at)] : 0;
    };
    if (p.quoteLocal >= 0)
        out.quote.targetId = lookup(p.quoteLocal);
    if (p.storyLocal >= 0)
        out.parentStoryId = lookup(p.storyLocal);
    w.globalIds.push_back(out.id);
    if (w.globalIds.size() > kIdWindow) {
        w.globalIds.pop_front();
        ++w.firstLocal;
    }
    return true;
}

} // namespace idiolect::demogen
