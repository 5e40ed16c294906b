// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MessageKind.h"

#include <QtGlobal>

namespace idiolect::signaltypes {

/** Signal's message.type bitmask (MessageTypes.java / signalbackup-tools msgtypes.h). */
inline constexpr qint64 kBaseTypeMask = 0x1F;
inline constexpr qint64 kKeyExchangeMask = 0xFF00;
inline constexpr qint64 kGroupUpdateBit = 0x10000;
inline constexpr qint64 kGroupLeaveBit = 0x20000;
inline constexpr qint64 kExpirationTimerUpdateBit = 0x40000;
inline constexpr qint64 kGroupV2Bit = 0x80000;
inline constexpr qint64 kPushMessageBit = 0x200000;
inline constexpr qint64 kEndSessionBit = 0x400000;
inline constexpr qint64 kSecureMessageBit = 0x800000;
inline constexpr qint64 kEncryptionErrorMask
    = 0x1C000000; ///< REMOTE_FAILED | NO_SESSION | DUPLICATE
inline constexpr qint64 kSpecialTypesMask = 0xF00000000LL;
inline constexpr qint64 kSpecialStoryReaction = 0x100000000LL;

enum BaseType : int {
    IncomingAudioCall = 1,
    OutgoingAudioCall = 2,
    MissedAudioCall = 3,
    Joined = 4,
    UnsupportedMessage = 5,
    InvalidMessage = 6,
    ProfileChange = 7,
    MissedVideoCall = 8,
    Gv1Migration = 9,
    IncomingVideoCall = 10,
    OutgoingVideoCall = 11,
    GroupCall = 12,
    BadDecrypt = 13,
    ChangeNumber = 14,
    BoostRequest = 15,
    ThreadMerge = 16,
    SmsExport = 17,
    SessionSwitchover = 18,
    BaseInbox = 20,
    BaseOutbox = 21,
    BaseSending = 22,
    BaseSent = 23,
    BaseSentFailed = 24,
    BasePendingSecureSmsFallback = 25,
    BasePendingInsecureSmsFallback = 26,
    BaseDraft = 27,
};

constexpr int baseType(qint64 type)
{
    return int(type & kBaseTypeMask);
}

/** Outgoing ⇔ base type in {21,22,23,24,25,26,2,11} (Signal isOutgoingMessageType). */
constexpr bool isOutgoing(qint64 type)
{
    switch (baseType(type)) {
    case BaseOutbox:
    case BaseSending:
    case BaseSent:
    case BaseSentFailed:
    case BasePendingSecureSmsFallback:
    case BasePendingInsecureSmsFallback:
    case OutgoingAudioCall:
    case OutgoingVideoCall: return true;
    default: return false;
    }
}

/**
 * Call log rows: Signal and signalbackup-tools compare the whole type value with
 * 1, 2, 3, 8, 10, 11 or 12 — a call base type with other bits set is not a call.
 */
constexpr bool isCall(qint64 type)
{
    if (type != baseType(type))
        return false;
    switch (baseType(type)) {
    case IncomingAudioCall:
    case OutgoingAudioCall:
    case MissedAudioCall:
    case MissedVideoCall:
    case IncomingVideoCall:
    case OutgoingVideoCall:
    case GroupCall: return true;
    default: return false;
    }
}

constexpr bool isMessageBase(qint64 type)
{
    const int b = baseType(type);
    return b >= BaseInbox && b <= BaseDraft;
}

constexpr bool isGroupUpdate(qint64 type)
{
    return (type & (kGroupUpdateBit | kGroupV2Bit | kGroupLeaveBit)) != 0
        || baseType(type) == Gv1Migration;
}

constexpr int specialType(qint64 type)
{
    return int((type & kSpecialTypesMask) >> 32);
}

/**
 * True for status rows that are not calls or group updates: any non-message
 * base type, timer/end-session/key-exchange flags, encryption errors, and the
 * special types (gift badge, payments, blocked, ...). See signal-formats §2.4.
 */
constexpr bool isStatus(qint64 type)
{
    return !isMessageBase(type) || (type & kExpirationTimerUpdateBit) != 0
        || (type & kEndSessionBit) != 0 || (type & kKeyExchangeMask) != 0
        || (type & kEncryptionErrorMask) != 0 || (type & kSpecialTypesMask) != 0;
}

/** Everything about a row the classifier needs, independent of the container. */
struct RowFacts
{
    qint64 type = 0;
    bool hasBodyText = false; ///< Body has at least one non-whitespace character.
    bool oldRevision = false; ///< latest_revision_id IS NOT NULL.
    int storyType = 0; ///< 0 = not a story.
    qint64 parentStoryId = 0; ///< > 0 group story reply, < 0 direct story reply.
    bool deleted = false; ///< remote_deleted > 0 or deleted_by > 0.
    /** scheduled_date > 0: a scheduled message still waiting to be sent when the backup was
     *  made (sending it sets the column back to -1). Nobody has read it yet. */
    bool scheduled = false;
};

/**
 * Classifies one message row (signal-formats §2.4). Order matters: old
 * revisions first, then stories, deletions, calls, group updates, other status
 * rows, drafts/failed, and finally text vs media-only by the body.
 */
MessageKind classify(const RowFacts &facts);

/** Direction from the base type; drafts are Direction::None. */
Direction direction(qint64 type);

} // namespace idiolect::signaltypes
