// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace idiolect::demogen {

/**
 * The hand-written situations the demo export must contain, each played by
 * AuthoredFeatures into one chat. Every chat lists the features it shows;
 * the small demo shows each at least once, large exports repeat them.
 */
enum class AuthoredFeature : quint8 {
    Emoji, ///< ZWJ families, skin tones, flags, keycaps.
    Multiline, ///< Line breaks (LF), a CRLF body, a bare CR and untrimmed spaces.
    QuotePunctuation, ///< A reply quoting a body with commas and "quotes".
    Calls, ///< Incoming/outgoing audio and video calls.
    MissedCalls,
    Edit, ///< A message corrected after sending (older revision kept).
    RemoteDelete,
    Reactions, ///< Several reactions, one with a skin tone.
    Photo, ///< A photo with a caption and one without (media only).
    VoiceNote,
    Sticker,
    TweetLink, ///< twitter.com link with query string and a stored link preview.
    XLink, ///< x.com link with query string and a stored link preview.
    LongMessage, ///< > 2000 bytes: truncated body + text/x-signal-plain attachment.
    AddressAndPhoneDe,
    PhoneUs,
    PhoneUk,
    PhoneFr,
    PhoneIn,
    Email,
    Iban,
    Card,
    Timer, ///< Disappearing messages on, a few expiring messages, off again.
    SafetyNumber,
    ProfileChange,
    Joined,
    FailedSend,
    ViewOnce,
    BoldText,
    StoryReplies, ///< The partner posts a story; self replies and reacts to it.
    Cjk,
    Arabic,
    Hebrew,
    GroupCreated,
    GroupMembers, ///< Someone is added, someone leaves.
    GroupTitle,
    GroupCall,
    MentionAfterEmoji, ///< "🧗‍♀️ @Lena ..." (UTF-16 range after a ZWJ sequence).
    GroupStory, ///< A story posted to the group, with a reply in the group.
    SelfStory, ///< Self posts to My Story.
    Spam, ///< Unsolicited messages from a number that self later blocks.
    SelfLeftGroup,
    NoteToSelf, ///< Notes with an IBAN, a card number and an address.
};

} // namespace idiolect::demogen
