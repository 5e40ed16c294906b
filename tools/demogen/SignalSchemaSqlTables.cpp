// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Signal's thread, groups, attachment and side tables per database generation.
#include "SignalSchemaSql.h"

using namespace Qt::StringLiterals;

namespace idiolect::demogen {

namespace {

bool isModern(SchemaGeneration g)
{
    return g == SchemaGeneration::Newest || g == SchemaGeneration::Current;
}

// dbv >= 199 (signalbackup-tools dummybackup.h, dbv 223).
const char16_t kThreadModern[]
    = u"CREATE TABLE thread (_id INTEGER PRIMARY KEY AUTOINCREMENT, "
      u"date INTEGER DEFAULT 0, meaningful_messages INTEGER DEFAULT 0, "
      u"recipient_id INTEGER NOT NULL UNIQUE REFERENCES recipient (_id) ON DELETE CASCADE, "
      u"read INTEGER DEFAULT 1, type INTEGER DEFAULT 0, error INTEGER DEFAULT 0, snippet TEXT, "
      u"snippet_type INTEGER DEFAULT 0, snippet_uri TEXT DEFAULT NULL, "
      u"snippet_content_type TEXT DEFAULT NULL, snippet_extras TEXT DEFAULT NULL, "
      u"unread_count INTEGER DEFAULT 0, archived INTEGER DEFAULT 0, status INTEGER DEFAULT 0, "
      u"has_delivery_receipt INTEGER DEFAULT 0, has_read_receipt INTEGER DEFAULT 0, "
      u"expires_in INTEGER DEFAULT 0, last_seen INTEGER DEFAULT 0, has_sent INTEGER DEFAULT 0, "
      u"last_scrolled INTEGER DEFAULT 0, pinned INTEGER DEFAULT 0, "
      u"unread_self_mention_count INTEGER DEFAULT 0, active INTEGER DEFAULT 0, "
      u"snippet_message_extras BLOB DEFAULT NULL)";

// dbv 166-198 (V166 rebuilt the table with recipient_id and meaningful_messages).
const char16_t kThread166[]
    = u"CREATE TABLE thread (_id INTEGER PRIMARY KEY AUTOINCREMENT, "
      u"date INTEGER DEFAULT 0, meaningful_messages INTEGER DEFAULT 0, "
      u"recipient_id INTEGER NOT NULL UNIQUE REFERENCES recipient (_id) ON DELETE CASCADE, "
      u"read INTEGER DEFAULT 1, type INTEGER DEFAULT 0, error INTEGER DEFAULT 0, snippet TEXT, "
      u"snippet_type INTEGER DEFAULT 0, snippet_uri TEXT DEFAULT NULL, "
      u"snippet_content_type TEXT DEFAULT NULL, snippet_extras TEXT DEFAULT NULL, "
      u"unread_count INTEGER DEFAULT 0, archived INTEGER DEFAULT 0, status INTEGER DEFAULT 0, "
      u"delivery_receipt_count INTEGER DEFAULT 0, read_receipt_count INTEGER DEFAULT 0, "
      u"expires_in INTEGER DEFAULT 0, last_seen INTEGER DEFAULT 0, has_sent INTEGER DEFAULT 0, "
      u"last_scrolled INTEGER DEFAULT 0, pinned INTEGER DEFAULT 0, "
      u"unread_self_mention_count INTEGER DEFAULT 0)";

// dbv < 108: recipient_ids and message_count.
const char16_t kThreadLegacy[]
    = u"CREATE TABLE thread (_id INTEGER PRIMARY KEY AUTOINCREMENT, "
      u"date INTEGER DEFAULT 0, message_count INTEGER DEFAULT 0, recipient_ids INTEGER, "
      u"snippet TEXT, snippet_cs INTEGER DEFAULT 0, read INTEGER DEFAULT 1, "
      u"type INTEGER DEFAULT 0, error INTEGER DEFAULT 0, snippet_type INTEGER DEFAULT 0, "
      u"snippet_uri TEXT DEFAULT NULL, snippet_content_type TEXT DEFAULT NULL, "
      u"snippet_extras TEXT DEFAULT NULL, archived INTEGER DEFAULT 0, status INTEGER DEFAULT 0, "
      u"delivery_receipt_count INTEGER DEFAULT 0, expires_in INTEGER DEFAULT 0, "
      u"last_seen INTEGER DEFAULT 0, has_sent INTEGER DEFAULT 0, "
      u"read_receipt_count INTEGER DEFAULT 0, unread_count INTEGER DEFAULT 0, "
      u"last_scrolled INTEGER DEFAULT 0, pinned INTEGER DEFAULT 0)";

// dbv >= 215 (dummybackup.h).
const char16_t kAttachmentModern[]
    = u"CREATE TABLE attachment (_id INTEGER PRIMARY KEY "
      u"AUTOINCREMENT, message_id INTEGER, content_type TEXT, remote_key TEXT, "
      u"remote_location TEXT, remote_digest BLOB, remote_incremental_digest BLOB, "
      u"remote_incremental_digest_chunk_size INTEGER DEFAULT 0, cdn_number INTEGER DEFAULT 0, "
      u"transfer_state INTEGER, transfer_file TEXT DEFAULT NULL, data_file TEXT, "
      u"data_size INTEGER, data_random BLOB, file_name TEXT, fast_preflight_id TEXT, "
      u"voice_note INTEGER DEFAULT 0, borderless INTEGER DEFAULT 0, video_gif INTEGER DEFAULT 0, "
      u"quote INTEGER DEFAULT 0, width INTEGER DEFAULT 0, height INTEGER DEFAULT 0, "
      u"caption TEXT DEFAULT NULL, sticker_pack_id TEXT DEFAULT NULL, "
      u"sticker_pack_key DEFAULT NULL, sticker_id INTEGER DEFAULT -1, "
      u"sticker_emoji STRING DEFAULT NULL, blur_hash TEXT DEFAULT NULL, "
      u"transform_properties TEXT DEFAULT NULL, display_order INTEGER DEFAULT 0, "
      u"upload_timestamp INTEGER DEFAULT 0, data_hash_start TEXT DEFAULT NULL, "
      u"data_hash_end TEXT DEFAULT NULL)";

// dbv < 215: the "part" table, with unique_id and MMS-era column names.
const char16_t kPart[]
    = u"CREATE TABLE part (_id INTEGER PRIMARY KEY, mid INTEGER, "
      u"seq INTEGER DEFAULT 0, ct TEXT, name TEXT, chset INTEGER, cd TEXT, fn TEXT, cid TEXT, "
      u"cl TEXT, ctt_s INTEGER, ctt_t TEXT, encrypted INTEGER, pending_push INTEGER, _data TEXT, "
      u"data_size INTEGER, file_name TEXT, unique_id INTEGER NOT NULL, digest BLOB, "
      u"fast_preflight_id TEXT, voice_note INTEGER DEFAULT 0, borderless INTEGER DEFAULT 0, "
      u"video_gif INTEGER DEFAULT 0, data_random BLOB, quote INTEGER DEFAULT 0, "
      u"width INTEGER DEFAULT 0, height INTEGER DEFAULT 0, caption TEXT DEFAULT NULL, "
      u"sticker_pack_id TEXT DEFAULT NULL, sticker_pack_key DEFAULT NULL, "
      u"sticker_id INTEGER DEFAULT -1, sticker_emoji STRING DEFAULT NULL, "
      u"data_hash TEXT DEFAULT NULL, blur_hash TEXT DEFAULT NULL, "
      u"transform_properties TEXT DEFAULT NULL, transfer_file TEXT DEFAULT NULL, "
      u"display_order INTEGER DEFAULT 0, upload_timestamp INTEGER DEFAULT 0, "
      u"cdn_number INTEGER DEFAULT 0)";

const char16_t kPartLegacy[]
    = u"CREATE TABLE part (_id INTEGER PRIMARY KEY, mid INTEGER, "
      u"seq INTEGER DEFAULT 0, ct TEXT, name TEXT, chset INTEGER, cd TEXT, fn TEXT, cid TEXT, "
      u"cl TEXT, ctt_s INTEGER, ctt_t TEXT, encrypted INTEGER, pending_push INTEGER, _data TEXT, "
      u"data_size INTEGER, file_name TEXT, thumbnail TEXT, aspect_ratio REAL, "
      u"unique_id INTEGER NOT NULL, digest BLOB, fast_preflight_id TEXT, "
      u"voice_note INTEGER DEFAULT 0, data_random BLOB, thumbnail_random BLOB, "
      u"quote INTEGER DEFAULT 0, width INTEGER DEFAULT 0, height INTEGER DEFAULT 0, "
      u"caption TEXT DEFAULT NULL, sticker_pack_id TEXT DEFAULT NULL, "
      u"sticker_pack_key DEFAULT NULL, sticker_id INTEGER DEFAULT -1, "
      u"data_hash TEXT DEFAULT NULL, blur_hash TEXT DEFAULT NULL, "
      u"transform_properties TEXT DEFAULT NULL, transfer_file TEXT DEFAULT NULL, "
      u"display_order INTEGER DEFAULT 0, upload_timestamp INTEGER DEFAULT 0, "
      u"cdn_number INTEGER DEFAULT 0)";

// dbv >= 172: members moved to group_membership.
const char16_t kGroupsModern[]
    = u"CREATE TABLE groups (_id INTEGER PRIMARY KEY, "
      u"group_id TEXT NOT NULL UNIQUE, "
      u"recipient_id INTEGER NOT NULL UNIQUE REFERENCES recipient (_id) ON DELETE CASCADE, "
      u"title TEXT DEFAULT NULL, avatar_id INTEGER DEFAULT 0, avatar_key BLOB DEFAULT NULL, "
      u"avatar_content_type TEXT DEFAULT NULL, avatar_digest BLOB DEFAULT NULL, "
      u"timestamp INTEGER DEFAULT 0, active INTEGER DEFAULT 1, mms INTEGER DEFAULT 0, "
      u"master_key BLOB DEFAULT NULL, revision BLOB DEFAULT NULL, "
      u"decrypted_group BLOB DEFAULT NULL, expected_v2_id TEXT UNIQUE DEFAULT NULL, "
      u"unmigrated_v1_members TEXT DEFAULT NULL, distribution_id TEXT UNIQUE DEFAULT NULL, "
      u"show_as_story_state INTEGER DEFAULT 0, last_force_update_timestamp INTEGER DEFAULT 0)";

const char16_t kGroups170[]
    = u"CREATE TABLE groups (_id INTEGER PRIMARY KEY, "
      u"group_id TEXT, recipient_id INTEGER, title TEXT, members TEXT, avatar_id INTEGER, "
      u"avatar_key BLOB, avatar_content_type TEXT, avatar_relay TEXT, timestamp INTEGER, "
      u"active INTEGER DEFAULT 1, avatar_digest BLOB, mms INTEGER DEFAULT 0, "
      u"master_key BLOB DEFAULT NULL, revision BLOB DEFAULT NULL, "
      u"decrypted_group BLOB DEFAULT NULL, expected_v2_id TEXT DEFAULT NULL, "
      u"former_v1_members TEXT DEFAULT NULL, distribution_id TEXT DEFAULT NULL, "
      u"display_as_story INTEGER DEFAULT 0, auth_service_id TEXT DEFAULT NULL, "
      u"last_force_update_timestamp INTEGER DEFAULT 0)";

const char16_t kGroupsLegacy[]
    = u"CREATE TABLE groups (_id INTEGER PRIMARY KEY, "
      u"group_id TEXT, recipient_id INTEGER, title TEXT, members TEXT, avatar_id INTEGER, "
      u"avatar_key BLOB, avatar_content_type TEXT, avatar_relay TEXT, timestamp INTEGER, "
      u"active INTEGER DEFAULT 1, avatar_digest BLOB, mms INTEGER DEFAULT 0, "
      u"master_key BLOB DEFAULT NULL, revision BLOB DEFAULT NULL, "
      u"decrypted_group BLOB DEFAULT NULL, expected_v2_id TEXT DEFAULT NULL, "
      u"former_v1_members TEXT DEFAULT NULL)";

const char16_t kGroupMembership[]
    = u"CREATE TABLE group_membership (_id INTEGER PRIMARY KEY, "
      u"group_id TEXT NOT NULL REFERENCES groups (group_id) ON DELETE CASCADE, "
      u"recipient_id INTEGER NOT NULL REFERENCES recipient (_id) ON DELETE CASCADE, "
      u"UNIQUE(group_id, recipient_id))";

// dbv >= 174 (V174_ReactionForeignKeyMigration).
const char16_t kReactionModern[]
    = u"CREATE TABLE reaction (_id INTEGER PRIMARY KEY, "
      u"message_id INTEGER NOT NULL REFERENCES message (_id) ON DELETE CASCADE, "
      u"author_id INTEGER NOT NULL REFERENCES recipient (_id) ON DELETE CASCADE, "
      u"emoji TEXT NOT NULL, date_sent INTEGER NOT NULL, date_received INTEGER NOT NULL, "
      u"UNIQUE(message_id, author_id) ON CONFLICT REPLACE)";

// Before 174 the reaction table said which message table a row points into.
const char16_t kReactionIsMms[]
    = u"CREATE TABLE reaction (_id INTEGER PRIMARY KEY, "
      u"message_id INTEGER NOT NULL, is_mms INTEGER NOT NULL, "
      u"author_id INTEGER NOT NULL REFERENCES recipient (_id) ON DELETE CASCADE, "
      u"emoji TEXT NOT NULL, date_sent INTEGER NOT NULL, date_received INTEGER NOT NULL, "
      u"UNIQUE(message_id, is_mms, author_id) ON CONFLICT REPLACE)";

const char16_t kMention[]
    = u"CREATE TABLE mention (_id INTEGER PRIMARY KEY AUTOINCREMENT, "
      u"thread_id INTEGER, message_id INTEGER, recipient_id INTEGER, range_start INTEGER, "
      u"range_length INTEGER)";

const char16_t kDistributionList[]
    = u"CREATE TABLE distribution_list (_id INTEGER PRIMARY KEY "
      u"AUTOINCREMENT, name TEXT UNIQUE NOT NULL, distribution_id TEXT UNIQUE NOT NULL, "
      u"recipient_id INTEGER UNIQUE REFERENCES recipient (_id), allows_replies INTEGER DEFAULT 1, "
      u"deletion_timestamp INTEGER DEFAULT 0, is_unknown INTEGER DEFAULT 0, "
      u"privacy_mode INTEGER DEFAULT 0)";

} // namespace

QString threadSql(SchemaGeneration g)
{
    if (g == SchemaGeneration::Legacy)
        return QString::fromUtf16(kThreadLegacy);
    return QString::fromUtf16(isModern(g) ? kThreadModern : kThread166);
}

QString attachmentSql(SchemaGeneration g)
{
    if (g == SchemaGeneration::Legacy)
        return QString::fromUtf16(kPartLegacy);
    return QString::fromUtf16(isModern(g) ? kAttachmentModern : kPart);
}

QString groupsSql(SchemaGeneration g)
{
    switch (g) {
    case SchemaGeneration::Newest:
    case SchemaGeneration::Current:
    case SchemaGeneration::Dbv185: return QString::fromUtf16(kGroupsModern);
    case SchemaGeneration::Dbv170: return QString::fromUtf16(kGroups170);
    case SchemaGeneration::Legacy: return QString::fromUtf16(kGroupsLegacy);
    }
    return {};
}

QStringList sideTableSql(SchemaGeneration g)
{
    QStringList sql;
    if (g != SchemaGeneration::Legacy && g != SchemaGeneration::Dbv170)
        sql << QString::fromUtf16(kGroupMembership);
    if (g == SchemaGeneration::Dbv170)
        sql << QString::fromUtf16(kReactionIsMms);
    else if (g != SchemaGeneration::Legacy)
        sql << QString::fromUtf16(kReactionModern);
    sql << QString::fromUtf16(kMention);
    if (g != SchemaGeneration::Legacy)
        sql << QString::fromUtf16(kDistributionList);
    return sql;
}

} // namespace idiolect::demogen
