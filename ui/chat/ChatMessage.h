// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace idiolect {

/** One message as the chat-bubble view shows it (text already through the text layer). */
struct ChatMessage
{
    enum class Role : quint8 {
        Context, ///< Shown for context.
        Target, ///< The message an example learns to write (highlighted).
        Prompt, ///< Your message that is part of the prompt (completion prefix, earlier burst).
    };

    QString sender; ///< Display name; empty for your own messages.
    QString text;
    qint64 time = 0; ///< UTC ms; 0 = unknown.
    bool fromYou = false;
    Role role = Role::Context;
    qint64 gapBeforeMs = 0; ///< Time since the previous message shown (0 for the first).
    bool placeholder = false; ///< Media or system placeholder ("[image]"), drawn in italics.
};

} // namespace idiolect
