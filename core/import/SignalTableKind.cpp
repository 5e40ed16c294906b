// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalTableKind.h"

using namespace Qt::StringLiterals;

namespace idiolect {

QString signalTableKindName(SignalTableKind kind)
{
    switch (kind) {
    case SignalTableKind::Unknown: return u"unknown"_s;
    case SignalTableKind::Message: return u"message"_s;
    case SignalTableKind::LegacySms: return u"sms"_s;
    case SignalTableKind::LegacyMms: return u"mms"_s;
    case SignalTableKind::Recipient: return u"recipient"_s;
    case SignalTableKind::Thread: return u"thread"_s;
    case SignalTableKind::Groups: return u"groups"_s;
    case SignalTableKind::GroupMembership: return u"group_membership"_s;
    case SignalTableKind::Reaction: return u"reaction"_s;
    case SignalTableKind::Mention: return u"mention"_s;
    case SignalTableKind::Attachment: return u"attachment"_s;
    case SignalTableKind::DistributionList: return u"distribution_list"_s;
    }
    return u"unknown"_s;
}

SignalTableKind identifySignalTable(const QStringList &c, bool hasLegacySms)
{
    auto has = [&c](const char16_t *name) { return c.contains(QString::fromUtf16(name)); };
    auto any = [&has](std::initializer_list<const char16_t *> names) {
        for (const char16_t *n : names) {
            if (has(n))
                return true;
        }
        return false;
    };

    // Lenient on purpose: a message table missing body, type or the sender column must be
    // recognised so that the importer can name the missing column instead of the table.
    const int messageColumns = int(has(u"body")) + int(any({u"type", u"msg_box"}))
        + int(any({u"from_recipient_id", u"recipient_id", u"address"}));
    const bool messageLike = has(u"thread_id") && !has(u"range_start")
        && any({u"date_sent", u"date", u"date_received"}) && messageColumns >= 1;
    if (messageLike) {
        if (any({u"protocol", u"service_center", u"reply_path_present"}) && !has(u"m_type"))
            return SignalTableKind::LegacySms;
        return hasLegacySms ? SignalTableKind::LegacyMms : SignalTableKind::Message;
    }
    if (has(u"message_id") && has(u"author_id") && has(u"emoji"))
        return SignalTableKind::Reaction;
    if (has(u"message_id") && has(u"recipient_id") && has(u"range_start") && has(u"range_length"))
        return SignalTableKind::Mention;
    if (any({u"message_id", u"mid"}) && any({u"content_type", u"ct"})
        && any({u"data_size", u"file_name", u"unique_id", u"transfer_state", u"pending_push",
                u"data_file", u"_data", u"caption"}))
        return SignalTableKind::Attachment;
    if (has(u"group_id") && has(u"title")
        && any({u"master_key", u"members", u"decrypted_group", u"recipient_id", u"revision"}))
        return SignalTableKind::Groups;
    if (has(u"group_id") && has(u"recipient_id") && c.size() <= 4)
        return SignalTableKind::GroupMembership;
    if (has(u"_id") && any({u"recipient_id", u"thread_recipient_id", u"recipient_ids"})
        && any({u"meaningful_messages", u"message_count", u"snippet", u"snippet_type", u"read",
                u"archived", u"pinned"}))
        return SignalTableKind::Thread;
    if (has(u"_id") && has(u"blocked")
        && any({u"e164", u"phone", u"aci", u"uuid", u"group_id", u"profile_given_name",
                u"signal_profile_name", u"system_joined_name", u"system_display_name"}))
        return SignalTableKind::Recipient;
    if (has(u"distribution_id") && has(u"name") && has(u"recipient_id"))
        return SignalTableKind::DistributionList;
    return SignalTableKind::Unknown;
}

} // namespace idiolect
