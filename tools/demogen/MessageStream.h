// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChatScript.h"
#include "ScenarioModel.h"

#include <deque>
#include <memory>
#include <vector>

namespace idiolect::demogen {

class Corpus;
class Scenario;

/**
 * @brief Produces the scenario's messages one by one, in database order.
 *
 * Every chat writes its own sessions (ChatScript); the stream merges them by
 * the time each message reached the phone, numbers them 1..N and resolves
 * quotes and story replies to those numbers. Memory stays bounded: one
 * session per chat plus a window of recent ids.
 */
class MessageStream final
{
public:
    MessageStream(const Scenario &scenario, const Corpus &corpus);
    ~MessageStream();

    /** The next message, or false once options.messages were produced. */
    bool next(ScenarioMessage &out);
    [[nodiscard]] qint64 produced() const { return m_produced; }

private:
    struct IdWindow
    {
        qint64 firstLocal = 0;
        std::deque<qint64> globalIds;
    };

    const Scenario &m_scenario;
    std::vector<std::unique_ptr<ChatScript>> m_chats;
    std::vector<IdWindow> m_windows;
    qint64 m_produced = 0;
};

} // namespace idiolect::demogen
