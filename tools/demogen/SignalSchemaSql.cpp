// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Signal's table definitions per database generation. Column names and order
// are facts of Signal's schema; they decide the CSV column order importers see.
#include "SignalSchemaSql.h"

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

// ---- message tables -------------------------------------------------------

// dbv 185: V185_MessageRecipientsAndEditMessageMigration.
const char16_t kMessage185[]
    = u"CREATE TABLE message (_id INTEGER PRIMARY KEY AUTOINCREMENT, "
      u"date_sent INTEGER NOT NULL, date_received INTEGER NOT NULL, date_server INTEGER DEFAULT "
      u"-1, "
      u"thread_id INTEGER NOT NULL REFERENCES thread (_id) ON DELETE CASCADE, "
      u"from_recipient_id INTEGER NOT NULL REFERENCES recipient (_id) ON DELETE CASCADE, "
      u"from_device_id INTEGER, "
      u"to_recipient_id INTEGER NOT NULL REFERENCES recipient (_id) ON DELETE CASCADE, "
      u"type INTEGER NOT NULL, body TEXT, read INTEGER DEFAULT 0, ct_l TEXT, exp INTEGER, "
      u"m_type INTEGER, m_size INTEGER, st INTEGER, tr_id TEXT, subscription_id INTEGER DEFAULT "
      u"-1, "
      u"receipt_timestamp INTEGER DEFAULT -1, delivery_receipt_count INTEGER DEFAULT 0, "
      u"read_receipt_count INTEGER DEFAULT 0, viewed_receipt_count INTEGER DEFAULT 0, "
      u"mismatched_identities TEXT DEFAULT NULL, network_failures TEXT DEFAULT NULL, "
      u"expires_in INTEGER DEFAULT 0, expire_started INTEGER DEFAULT 0, notified INTEGER DEFAULT "
      u"0, "
      u"quote_id INTEGER DEFAULT 0, quote_author INTEGER DEFAULT 0, quote_body TEXT DEFAULT NULL, "
      u"quote_missing INTEGER DEFAULT 0, quote_mentions BLOB DEFAULT NULL, "
      u"quote_type INTEGER DEFAULT 0, shared_contacts TEXT DEFAULT NULL, "
      u"unidentified INTEGER DEFAULT 0, link_previews TEXT DEFAULT NULL, "
      u"view_once INTEGER DEFAULT 0, reactions_unread INTEGER DEFAULT 0, "
      u"reactions_last_seen INTEGER DEFAULT -1, remote_deleted INTEGER DEFAULT 0, "
      u"mentions_self INTEGER DEFAULT 0, notified_timestamp INTEGER DEFAULT 0, "
      u"server_guid TEXT DEFAULT NULL, message_ranges BLOB DEFAULT NULL, "
      u"story_type INTEGER DEFAULT 0, parent_story_id INTEGER DEFAULT 0, "
      u"export_state BLOB DEFAULT NULL, exported INTEGER DEFAULT 0, "
      u"scheduled_date INTEGER DEFAULT -1, "
      u"latest_revision_id INTEGER DEFAULT NULL REFERENCES message (_id) ON DELETE CASCADE, "
      u"original_message_id INTEGER DEFAULT NULL REFERENCES message (_id) ON DELETE CASCADE, "
      u"revision_number INTEGER DEFAULT 0)";

// dbv 170: after V168 merged sms into mms, before V174 renamed mms to message.
const char16_t kMms170[]
    = u"CREATE TABLE mms (_id INTEGER PRIMARY KEY AUTOINCREMENT, "
      u"date_sent INTEGER NOT NULL, date_received INTEGER NOT NULL, date_server INTEGER DEFAULT "
      u"-1, "
      u"thread_id INTEGER NOT NULL REFERENCES thread (_id) ON DELETE CASCADE, "
      u"recipient_id INTEGER NOT NULL REFERENCES recipient (_id) ON DELETE CASCADE, "
      u"recipient_device_id INTEGER, type INTEGER NOT NULL, body TEXT, read INTEGER DEFAULT 0, "
      u"ct_l TEXT, exp INTEGER, m_type INTEGER, m_size INTEGER, st INTEGER, tr_id TEXT, "
      u"subscription_id INTEGER DEFAULT -1, receipt_timestamp INTEGER DEFAULT -1, "
      u"delivery_receipt_count INTEGER DEFAULT 0, read_receipt_count INTEGER DEFAULT 0, "
      u"viewed_receipt_count INTEGER DEFAULT 0, mismatched_identities TEXT DEFAULT NULL, "
      u"network_failures TEXT DEFAULT NULL, expires_in INTEGER DEFAULT 0, "
      u"expire_started INTEGER DEFAULT 0, notified INTEGER DEFAULT 0, quote_id INTEGER DEFAULT 0, "
      u"quote_author INTEGER DEFAULT 0, quote_body TEXT DEFAULT NULL, "
      u"quote_missing INTEGER DEFAULT 0, quote_mentions BLOB DEFAULT NULL, "
      u"quote_type INTEGER DEFAULT 0, shared_contacts TEXT DEFAULT NULL, "
      u"unidentified INTEGER DEFAULT 0, link_previews TEXT DEFAULT NULL, "
      u"view_once INTEGER DEFAULT 0, reactions_unread INTEGER DEFAULT 0, "
      u"reactions_last_seen INTEGER DEFAULT -1, remote_deleted INTEGER DEFAULT 0, "
      u"mentions_self INTEGER DEFAULT 0, notified_timestamp INTEGER DEFAULT 0, "
      u"server_guid TEXT DEFAULT NULL, message_ranges BLOB DEFAULT NULL, "
      u"story_type INTEGER DEFAULT 0, parent_story_id INTEGER DEFAULT 0, "
      u"export_state BLOB DEFAULT NULL, exported INTEGER DEFAULT 0)";

// dbv < 166: the sms table (text messages, calls, status rows) ...
const char16_t kSmsLegacy[]
    = u"CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, "
      u"address INTEGER, address_device_id INTEGER DEFAULT 1, person INTEGER, date INTEGER, "
      u"date_sent INTEGER, date_server INTEGER DEFAULT -1, protocol INTEGER, "
      u"read INTEGER DEFAULT 0, status INTEGER DEFAULT -1, type INTEGER, "
      u"reply_path_present INTEGER, delivery_receipt_count INTEGER DEFAULT 0, subject TEXT, "
      u"body TEXT, mismatched_identities TEXT DEFAULT NULL, service_center TEXT, "
      u"subscription_id INTEGER DEFAULT -1, expires_in INTEGER DEFAULT 0, "
      u"expire_started INTEGER DEFAULT 0, notified DEFAULT 0, read_receipt_count INTEGER DEFAULT "
      u"0, "
      u"unidentified INTEGER DEFAULT 0, reactions BLOB DEFAULT NULL, "
      u"reactions_unread INTEGER DEFAULT 0, reactions_last_seen INTEGER DEFAULT -1, "
      u"remote_deleted INTEGER DEFAULT 0, notified_timestamp INTEGER DEFAULT 0)";

// ... and the mms table (media, quotes, group messages), with its own _id space.
const char16_t kMmsLegacy[]
    = u"CREATE TABLE mms (_id INTEGER PRIMARY KEY, thread_id INTEGER, "
      u"date INTEGER, date_received INTEGER, date_server INTEGER DEFAULT -1, msg_box INTEGER, "
      u"read INTEGER DEFAULT 0, m_id TEXT, sub TEXT, sub_cs INTEGER, body TEXT, "
      u"part_count INTEGER, ct_t TEXT, ct_l TEXT, address INTEGER, address_device_id INTEGER, "
      u"exp INTEGER, m_cls TEXT, m_type INTEGER, v INTEGER, m_size INTEGER, pri INTEGER, "
      u"rr INTEGER, rpt_a INTEGER, resp_st INTEGER, st INTEGER, tr_id TEXT, retr_st INTEGER, "
      u"retr_txt TEXT, retr_txt_cs INTEGER, read_status INTEGER, ct_cls INTEGER, resp_txt TEXT, "
      u"d_tm INTEGER, delivery_receipt_count INTEGER DEFAULT 0, "
      u"mismatched_identities TEXT DEFAULT NULL, network_failures TEXT DEFAULT NULL, "
      u"d_rpt INTEGER, subscription_id INTEGER DEFAULT -1, expires_in INTEGER DEFAULT 0, "
      u"expire_started INTEGER DEFAULT 0, notified INTEGER DEFAULT 0, "
      u"read_receipt_count INTEGER DEFAULT 0, quote_id INTEGER DEFAULT 0, quote_author TEXT, "
      u"quote_body TEXT, quote_attachment INTEGER DEFAULT -1, quote_missing INTEGER DEFAULT 0, "
      u"quote_mentions BLOB DEFAULT NULL, shared_contacts TEXT, unidentified INTEGER DEFAULT 0, "
      u"previews TEXT, reveal_duration INTEGER DEFAULT 0, reactions BLOB DEFAULT NULL, "
      u"reactions_unread INTEGER DEFAULT 0, reactions_last_seen INTEGER DEFAULT -1, "
      u"remote_deleted INTEGER DEFAULT 0, mentions_self INTEGER DEFAULT 0, "
      u"notified_timestamp INTEGER DEFAULT 0, viewed_receipt_count INTEGER DEFAULT 0)";

// ---- recipient tables -----------------------------------------------------

const char16_t kRecipient223[]
    = u"CREATE TABLE recipient (_id INTEGER PRIMARY KEY "
      u"AUTOINCREMENT, type INTEGER DEFAULT 0, e164 TEXT UNIQUE DEFAULT NULL, "
      u"aci TEXT UNIQUE DEFAULT NULL, pni TEXT UNIQUE DEFAULT NULL CHECK (pni LIKE 'PNI:%'), "
      u"username TEXT UNIQUE DEFAULT NULL, email TEXT UNIQUE DEFAULT NULL, "
      u"group_id TEXT UNIQUE DEFAULT NULL, distribution_list_id INTEGER DEFAULT NULL, "
      u"call_link_room_id TEXT DEFAULT NULL, registered INTEGER DEFAULT 0, "
      u"unregistered_timestamp INTEGER DEFAULT 0, blocked INTEGER DEFAULT 0, "
      u"hidden INTEGER DEFAULT 0, profile_key TEXT DEFAULT NULL, "
      u"profile_key_credential TEXT DEFAULT NULL, profile_sharing INTEGER DEFAULT 0, "
      u"profile_given_name TEXT DEFAULT NULL, profile_family_name TEXT DEFAULT NULL, "
      u"profile_joined_name TEXT DEFAULT NULL, profile_avatar TEXT DEFAULT NULL, "
      u"last_profile_fetch INTEGER DEFAULT 0, system_given_name TEXT DEFAULT NULL, "
      u"system_family_name TEXT DEFAULT NULL, system_joined_name TEXT DEFAULT NULL, "
      u"system_nickname TEXT DEFAULT NULL, system_photo_uri TEXT DEFAULT NULL, "
      u"system_phone_label TEXT DEFAULT NULL, system_phone_type INTEGER DEFAULT -1, "
      u"system_contact_uri TEXT DEFAULT NULL, system_info_pending INTEGER DEFAULT 0, "
      u"notification_channel TEXT DEFAULT NULL, message_ringtone TEXT DEFAULT NULL, "
      u"message_vibrate INTEGER DEFAULT 0, call_ringtone TEXT DEFAULT NULL, "
      u"call_vibrate INTEGER DEFAULT 0, mute_until INTEGER DEFAULT 0, "
      u"message_expiration_time INTEGER DEFAULT 0, sealed_sender_mode INTEGER DEFAULT 0, "
      u"storage_service_id TEXT UNIQUE DEFAULT NULL, storage_service_proto TEXT DEFAULT NULL, "
      u"mention_setting INTEGER DEFAULT 0, capabilities INTEGER DEFAULT 0, "
      u"last_session_reset BLOB DEFAULT NULL, wallpaper BLOB DEFAULT NULL, "
      u"wallpaper_uri TEXT DEFAULT NULL, about TEXT DEFAULT NULL, about_emoji TEXT DEFAULT NULL, "
      u"extras BLOB DEFAULT NULL, groups_in_common INTEGER DEFAULT 0, "
      u"avatar_color TEXT DEFAULT NULL, chat_colors BLOB DEFAULT NULL, "
      u"custom_chat_colors_id INTEGER DEFAULT 0, badges BLOB DEFAULT NULL, "
      u"needs_pni_signature INTEGER DEFAULT 0, reporting_token BLOB DEFAULT NULL, "
      u"phone_number_sharing INTEGER DEFAULT 0, phone_number_discoverable INTEGER DEFAULT 0, "
      u"pni_signature_verified INTEGER DEFAULT 0, nickname_given_name TEXT DEFAULT NULL, "
      u"nickname_family_name TEXT DEFAULT NULL, nickname_joined_name TEXT DEFAULT NULL, "
      u"note TEXT DEFAULT NULL)";

// dbv 170-199: before V200/V201 renamed uuid, phone, group_type, signal_profile_name, ...
const char16_t kRecipient185[]
    = u"CREATE TABLE recipient (_id INTEGER PRIMARY KEY "
      u"AUTOINCREMENT, uuid TEXT UNIQUE DEFAULT NULL, username TEXT UNIQUE DEFAULT NULL, "
      u"phone TEXT UNIQUE DEFAULT NULL, email TEXT UNIQUE DEFAULT NULL, "
      u"group_id TEXT UNIQUE DEFAULT NULL, group_type INTEGER DEFAULT 0, "
      u"blocked INTEGER DEFAULT 0, message_ringtone TEXT DEFAULT NULL, "
      u"message_vibrate INTEGER DEFAULT 0, call_ringtone TEXT DEFAULT NULL, "
      u"call_vibrate INTEGER DEFAULT 0, notification_channel TEXT DEFAULT NULL, "
      u"mute_until INTEGER DEFAULT 0, color TEXT DEFAULT NULL, "
      u"seen_invite_reminder INTEGER DEFAULT 0, default_subscription_id INTEGER DEFAULT -1, "
      u"message_expiration_time INTEGER DEFAULT 0, registered INTEGER DEFAULT 0, "
      u"system_given_name TEXT DEFAULT NULL, system_family_name TEXT DEFAULT NULL, "
      u"system_display_name TEXT DEFAULT NULL, system_photo_uri TEXT DEFAULT NULL, "
      u"system_phone_label TEXT DEFAULT NULL, system_phone_type INTEGER DEFAULT -1, "
      u"system_contact_uri TEXT DEFAULT NULL, system_info_pending INTEGER DEFAULT 0, "
      u"profile_key TEXT DEFAULT NULL, profile_key_credential TEXT DEFAULT NULL, "
      u"signal_profile_name TEXT DEFAULT NULL, profile_family_name TEXT DEFAULT NULL, "
      u"profile_joined_name TEXT DEFAULT NULL, signal_profile_avatar TEXT DEFAULT NULL, "
      u"profile_sharing INTEGER DEFAULT 0, last_profile_fetch INTEGER DEFAULT 0, "
      u"unidentified_access_mode INTEGER DEFAULT 0, force_sms_selection INTEGER DEFAULT 0, "
      u"capabilities INTEGER DEFAULT 0, storage_service_key TEXT UNIQUE DEFAULT NULL, "
      u"mention_setting INTEGER DEFAULT 0, storage_proto TEXT DEFAULT NULL, "
      u"last_session_reset BLOB DEFAULT NULL, wallpaper BLOB DEFAULT NULL, "
      u"wallpaper_file TEXT DEFAULT NULL, about TEXT DEFAULT NULL, about_emoji TEXT DEFAULT NULL, "
      u"extras BLOB DEFAULT NULL, groups_in_common INTEGER DEFAULT 0, "
      u"chat_colors BLOB DEFAULT NULL, custom_chat_colors_id INTEGER DEFAULT 0, "
      u"badges BLOB DEFAULT NULL, pni TEXT DEFAULT NULL, distribution_list_id INTEGER DEFAULT "
      u"NULL, "
      u"needs_pni_signature INTEGER DEFAULT 0, unregistered_timestamp INTEGER DEFAULT 0, "
      u"hidden INTEGER DEFAULT 0, reporting_token BLOB DEFAULT NULL, "
      u"system_nickname TEXT DEFAULT NULL)";

// dbv ~100: no system_given_name yet; system_display_name only.
const char16_t kRecipientLegacy[]
    = u"CREATE TABLE recipient (_id INTEGER PRIMARY KEY "
      u"AUTOINCREMENT, uuid TEXT UNIQUE DEFAULT NULL, username TEXT UNIQUE DEFAULT NULL, "
      u"phone TEXT UNIQUE DEFAULT NULL, email TEXT UNIQUE DEFAULT NULL, "
      u"group_id TEXT UNIQUE DEFAULT NULL, group_type INTEGER DEFAULT 0, "
      u"blocked INTEGER DEFAULT 0, message_ringtone TEXT DEFAULT NULL, "
      u"message_vibrate INTEGER DEFAULT 0, call_ringtone TEXT DEFAULT NULL, "
      u"call_vibrate INTEGER DEFAULT 0, notification_channel TEXT DEFAULT NULL, "
      u"mute_until INTEGER DEFAULT 0, color TEXT DEFAULT NULL, "
      u"seen_invite_reminder INTEGER DEFAULT 0, default_subscription_id INTEGER DEFAULT -1, "
      u"message_expiration_time INTEGER DEFAULT 0, registered INTEGER DEFAULT 0, "
      u"system_display_name TEXT DEFAULT NULL, system_photo_uri TEXT DEFAULT NULL, "
      u"system_phone_label TEXT DEFAULT NULL, system_phone_type INTEGER DEFAULT -1, "
      u"system_contact_uri TEXT DEFAULT NULL, system_info_pending INTEGER DEFAULT 0, "
      u"profile_key TEXT DEFAULT NULL, profile_key_credential TEXT DEFAULT NULL, "
      u"signal_profile_name TEXT DEFAULT NULL, profile_family_name TEXT DEFAULT NULL, "
      u"profile_joined_name TEXT DEFAULT NULL, signal_profile_avatar TEXT DEFAULT NULL, "
      u"profile_sharing INTEGER DEFAULT 0, last_profile_fetch INTEGER DEFAULT 0, "
      u"unidentified_access_mode INTEGER DEFAULT 0, force_sms_selection INTEGER DEFAULT 0, "
      u"capabilities INTEGER DEFAULT 0, storage_service_key TEXT UNIQUE DEFAULT NULL, "
      u"dirty INTEGER DEFAULT 0, mention_setting INTEGER DEFAULT 0, "
      u"storage_proto TEXT DEFAULT NULL, wallpaper BLOB DEFAULT NULL, "
      u"wallpaper_file TEXT DEFAULT NULL, about TEXT DEFAULT NULL, about_emoji TEXT DEFAULT NULL)";

/** Appends columns to a CREATE TABLE statement (what ALTER TABLE ADD COLUMN leaves behind). */
QString withColumns(const char16_t *sql, const QString &columns)
{
    QString out = QString::fromUtf16(sql);
    out.insert(out.lastIndexOf(u')'), u", "_s + columns);
    return out;
}

// dbv 223 (as in signalbackup-tools' dummybackup.h): V211 renamed the receipt columns,
// V217 added message_extras.
QString message223()
{
    QString sql = withColumns(kMessage185, u"message_extras BLOB DEFAULT NULL"_s);
    sql.replace(u"delivery_receipt_count"_s, u"has_delivery_receipt"_s);
    sql.replace(u"read_receipt_count"_s, u"has_read_receipt"_s);
    sql.replace(u"viewed_receipt_count"_s, u"viewed"_s);
    return sql;
}

// dbv 302+: V302_AddDeletedByColumn rebuilt the table without remote_deleted, after
// expire_timer_version, poll votes and pinning had been added.
QString messageNewest()
{
    QString sql = message223();
    sql.remove(u"remote_deleted INTEGER DEFAULT 0, "_s);
    sql.insert(
        sql.lastIndexOf(u')'),
        u", expire_timer_version INTEGER DEFAULT 1 NOT NULL, votes_unread INTEGER DEFAULT 0, "
        u"votes_last_seen INTEGER DEFAULT 0, pinned_until INTEGER DEFAULT 0, "
        u"pinning_message_id INTEGER DEFAULT 0, pinned_at INTEGER DEFAULT 0, "
        u"deleted_by INTEGER DEFAULT NULL REFERENCES recipient (_id) ON DELETE CASCADE"_s);
    return sql;
}

// The newest recipient table: dbv 223 plus the columns added since.
QString recipientNewest()
{
    return withColumns(kRecipient223,
                       u"message_expiration_time_version INTEGER DEFAULT 1 NOT NULL, "
                       u"key_transparency_data BLOB DEFAULT NULL, "
                       u"call_notification_setting INTEGER DEFAULT 0, "
                       u"reply_notification_setting INTEGER DEFAULT 0"_s);
}

} // namespace

// Defined in SignalSchemaSqlTables.cpp.
QString threadSql(SchemaGeneration generation);
QString attachmentSql(SchemaGeneration generation);
QString groupsSql(SchemaGeneration generation);
QStringList sideTableSql(SchemaGeneration generation);

int signalUserVersion(SchemaGeneration generation)
{
    switch (generation) {
    case SchemaGeneration::Newest: return 302;
    case SchemaGeneration::Current: return 223;
    case SchemaGeneration::Dbv185: return 185;
    case SchemaGeneration::Dbv170: return 170;
    case SchemaGeneration::Legacy: return 100;
    }
    return 0;
}

QStringList signalCreateStatements(SchemaGeneration generation)
{
    QStringList sql;
    switch (generation) {
    case SchemaGeneration::Newest: sql << recipientNewest() << messageNewest(); break;
    case SchemaGeneration::Current: sql << QString::fromUtf16(kRecipient223) << message223(); break;
    case SchemaGeneration::Dbv185:
        sql << QString::fromUtf16(kRecipient185) << QString::fromUtf16(kMessage185);
        break;
    case SchemaGeneration::Dbv170:
        sql << QString::fromUtf16(kRecipient185) << QString::fromUtf16(kMms170);
        break;
    case SchemaGeneration::Legacy:
        sql << QString::fromUtf16(kRecipientLegacy) << QString::fromUtf16(kSmsLegacy)
            << QString::fromUtf16(kMmsLegacy);
        break;
    }
    sql << threadSql(generation) << groupsSql(generation) << attachmentSql(generation)
        << sideTableSql(generation);
    return sql;
}

} // namespace idiolect::demogen
