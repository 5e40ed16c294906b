// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace idiolect {

/** Where an emoji sits in its message (see docs/algorithms.md, "Emoji"). */
enum class EmojiPosition : quint8 {
    Start, ///< No text (other than spaces and emoji) before it.
    Middle, ///< Text before and after it.
    End, ///< No text after it; emoji-only messages count here.
};

/**
 * @brief Facts about one message text, computed once per message.
 *
 * Lengths are extended grapheme clusters (user-perceived characters, UAX #29),
 * never UTF-16 units: "👍🏽" and "🇩🇪" are 1, "é" is 1 whether precomposed or not.
 */
struct TextStats
{
    quint32 graphemes = 0;
    quint16 emoji = 0; ///< Emoji occurrences (a ZWJ family is one).
    quint16 emojiAtStart = 0;
    quint16 emojiInMiddle = 0;
    quint16 emojiAtEnd = 0;
    bool question = false; ///< Contains '?', '？' or '؟'.
    bool url = false; ///< Contains an http(s):// URL.
};

} // namespace idiolect
