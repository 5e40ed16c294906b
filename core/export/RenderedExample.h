// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace idiolect {

enum class ChatRole : quint8 { System, User, Assistant };

/** One chat turn; weight is -1 when the format carries none. */
struct ChatTurn
{
    ChatRole role = ChatRole::User;
    QString content;
    int weight = -1;
};

/**
 * @brief An example as text in one format: instruction/input/output for
 *        alpaca, turns for sharegpt and messages.
 *
 * What the writer encodes and the validator checks; DatasetReader produces the
 * same structure from a file, so files and in-memory data pass the same rules.
 */
struct RenderedExample
{
    QString instruction;
    QString input;
    QString output;
    QString system;
    std::vector<ChatTurn> turns;
};

} // namespace idiolect
