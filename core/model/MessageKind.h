// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <array>

namespace idiolect {

/**
 * @brief What a message row is, decided once at import (see docs/import.md).
 *
 * Only Text (and, for context, MediaOnly) rows ever become training text.
 * Everything else is kept so counts and the preview stay honest.
 */
enum class MessageKind : quint8 {
    Text, ///< A normal message with a non-empty body.
    MediaOnly, ///< A normal message with attachments/sticker but no body text.
    System, ///< Status rows: joined, identity/safety number, timer, profile change, ...
    Call, ///< Audio/video/group call log rows.
    GroupUpdate, ///< Group membership/title/avatar changes (body is a protobuf, never text).
    Deleted, ///< "Delete for everyone" tombstones.
    EditRevision, ///< An older revision of an edited message (only the latest is kept as Text).
    Story, ///< Stories and group-story replies.
    DraftFailed, ///< Drafts and messages that failed to send.
};

inline constexpr int kMessageKindCount = 9;

inline constexpr std::array<MessageKind, kMessageKindCount> kAllMessageKinds = {
    MessageKind::Text,         MessageKind::MediaOnly,   MessageKind::System,
    MessageKind::Call,         MessageKind::GroupUpdate, MessageKind::Deleted,
    MessageKind::EditRevision, MessageKind::Story,       MessageKind::DraftFailed,
};

/** Stable snake_case name used in JSON and the CLI ("media_only"). */
QString messageKindName(MessageKind kind);

/** Which side of the conversation a message is on, from the Signal base type. */
enum class Direction : quint8 {
    Incoming,
    Outgoing,
    None, ///< Drafts and directionless system rows.
};

/** Per-kind row counts of an import. */
struct KindCounts
{
    std::array<qint64, kMessageKindCount> values{};

    qint64 &operator[](MessageKind kind) { return values[static_cast<int>(kind)]; }
    qint64 operator[](MessageKind kind) const { return values[static_cast<int>(kind)]; }
    [[nodiscard]] qint64 total() const
    {
        qint64 sum = 0;
        for (qint64 v : values)
            sum += v;
        return sum;
    }
};

} // namespace idiolect
