// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace idiolect {

/**
 * @brief One conversation: a 1:1 chat, a group, or Note to Self.
 *
 * `messages` indexes every kept row of the thread in MessageStore, sorted
 * stably by (date_sent, _id) — the order every analysis relies on.
 * The statistics count Text messages only.
 */
struct Thread
{
    qint64 id = 0; ///< thread._id (or a stable id derived by the importer).
    qint64 recipientId = 0; ///< The partner or the group recipient.
    bool isGroup = false;
    bool isNoteToSelf = false;
    bool blocked = false; ///< The 1:1 partner (or the group) is blocked.
    QString title; ///< Partner display name or group title.
    QList<qint64> memberIds;

    std::vector<quint32> messages;

    qint64 textMessages = 0;
    qint64 outgoingTextMessages = 0;
    qint64 firstDateSent = 0; ///< Of the first Text message, ms; 0 if none.
    qint64 lastDateSent = 0;
};

} // namespace idiolect
