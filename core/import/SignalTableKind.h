// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace idiolect {

/** Which Signal table a CSV file (or SQLite table) holds, decided from its columns. */
enum class SignalTableKind {
    Unknown,
    Message, ///< message (dbv >= 174) or mms (168-173): one table for all messages.
    LegacySms, ///< sms (dbv < 168).
    LegacyMms, ///< mms while sms still existed (dbv < 168); same columns as Message.
    Recipient,
    Thread,
    Groups,
    GroupMembership,
    Reaction,
    Mention,
    Attachment, ///< attachment (dbv >= 215) or part (older).
    DistributionList,
};

QString signalTableKindName(SignalTableKind kind);

/**
 * Identifies a table by its header columns — never by file name, because
 * signalbackup-tools lets the user name every file. Message-like tables
 * are told apart by the legacy sms columns (protocol, service_center,
 * reply_path_present); LegacyMms is only returned when @p hasLegacySms.
 */
SignalTableKind identifySignalTable(const QStringList &columns, bool hasLegacySms = false);

} // namespace idiolect
