// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace idiolect {

/** Per-message facts beyond kind and direction, as a bit set (MessageStore::flags). */
enum MessageFlag : quint32 {
    HasAttachment = 1u << 0, ///< At least one real attachment (quote thumbnails excluded).
    HasImage = 1u << 1, ///< An attachment with content type image/*.
    HasVoiceNote = 1u << 2,
    HasSticker = 1u << 3,
    ViewOnce = 1u << 4,
    Edited = 1u << 5, ///< The latest revision of an edited message.
    LongTextTruncated = 1u << 6, ///< Body is Signal's truncated copy; full text was not available.
    LongTextResolved = 1u << 7, ///< Body was replaced by the full text/x-signal-plain attachment.
    HasQuote = 1u << 8, ///< Replies to another message (quoteId/quoteBody).
    HasMention = 1u << 9, ///< Mention placeholders were replaced by "@Name".
    HasLinkPreview = 1u << 10,
    Expiring = 1u << 11, ///< Disappearing message (expires_in > 0).
    StoryReply = 1u << 12, ///< Direct 1:1 reply to a story (kept as chat).
    Sms = 1u << 13, ///< Came in as plain SMS (no push bit).
    SendFailed = 1u << 14,
    HasUrl = 1u << 15, ///< Body contains an http(s) URL.
    InvalidTextRepaired = 1u << 16, ///< Invalid UTF-8 was replaced with U+FFFD (lenient import).
};

} // namespace idiolect
