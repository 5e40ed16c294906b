// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalDatabaseColumns.h"

namespace idiolect::demogen {

namespace {

int find(const TableDef *t, std::initializer_list<QStringView> names)
{
    if (!t)
        return -1;
    for (QStringView n : names) {
        const int i = t->column(n);
        if (i >= 0)
            return i;
    }
    return -1;
}

} // namespace

MessageColumns::MessageColumns(const TableDef *t) : table(t)
{
    id = find(t, {u"_id"});
    // sms has date (received) + date_sent; legacy mms has date (sent) + date_received.
    dateSent = find(t, {u"date_sent", u"date"});
    dateReceived = t && t->column(u"date_sent") >= 0 ? find(t, {u"date_received", u"date"})
                                                     : find(t, {u"date_received"});
    dateServer = find(t, {u"date_server"});
    thread = find(t, {u"thread_id"});
    from = find(t, {u"from_recipient_id"});
    fromDevice = find(t, {u"from_device_id"});
    to = find(t, {u"to_recipient_id"});
    recipient = find(t, {u"recipient_id", u"address"});
    recipientDevice = find(t, {u"recipient_device_id", u"address_device_id"});
    type = find(t, {u"type", u"msg_box"});
    body = find(t, {u"body"});
    read = find(t, {u"read"});
    mType = find(t, {u"m_type"});
    receiptTimestamp = find(t, {u"receipt_timestamp"});
    delivered = find(t, {u"has_delivery_receipt", u"delivery_receipt_count"});
    readReceipt = find(t, {u"has_read_receipt", u"read_receipt_count"});
    expiresIn = find(t, {u"expires_in"});
    expireStarted = find(t, {u"expire_started"});
    notified = find(t, {u"notified"});
    quoteId = find(t, {u"quote_id"});
    quoteAuthor = find(t, {u"quote_author"});
    quoteBody = find(t, {u"quote_body"});
    linkPreviews = find(t, {u"link_previews", u"previews"});
    viewOnce = find(t, {u"view_once", u"reveal_duration"});
    remoteDeleted = find(t, {u"remote_deleted"});
    deletedBy = find(t, {u"deleted_by"});
    mentionsSelf = find(t, {u"mentions_self"});
    notifiedTimestamp = find(t, {u"notified_timestamp"});
    serverGuid = find(t, {u"server_guid"});
    messageRanges = find(t, {u"message_ranges", u"ranges"});
    storyType = find(t, {u"story_type"});
    parentStoryId = find(t, {u"parent_story_id"});
    latestRevision = find(t, {u"latest_revision_id"});
    originalMessage = find(t, {u"original_message_id"});
    revisionNumber = find(t, {u"revision_number"});
    messageExtras = find(t, {u"message_extras"});
    reactions = find(t, {u"reactions"});
    unidentified = find(t, {u"unidentified"});
    protocol = find(t, {u"protocol"});
    replyPath = find(t, {u"reply_path_present"});
    serviceCenter = find(t, {u"service_center"});
}

SignalDatabaseWriter::Columns::Columns(const SignalSchema &schema)
    : message(schema.table(schema.messageTable())), sms(schema.table(u"sms"))
{
    attachment = schema.table(schema.attachmentTable());
    const TableDef *a = attachment;
    aId = find(a, {u"_id"});
    aMessage = find(a, {u"message_id", u"mid"});
    aType = find(a, {u"content_type", u"ct"});
    aRemoteKey = find(a, {u"remote_key", u"cd"});
    aRemoteLocation = find(a, {u"remote_location", u"cl"});
    aDigest = find(a, {u"remote_digest", u"digest"});
    aCdn = find(a, {u"cdn_number"});
    aTransfer = find(a, {u"transfer_state", u"pending_push"});
    aDataFile = find(a, {u"data_file", u"_data"});
    aSize = find(a, {u"data_size"});
    aRandom = find(a, {u"data_random"});
    aFileName = find(a, {u"file_name"});
    aVoice = find(a, {u"voice_note"});
    aQuote = find(a, {u"quote"});
    aWidth = find(a, {u"width"});
    aHeight = find(a, {u"height"});
    aCaption = find(a, {u"caption"});
    aPackId = find(a, {u"sticker_pack_id"});
    aPackKey = find(a, {u"sticker_pack_key"});
    aStickerId = find(a, {u"sticker_id"});
    aStickerEmoji = find(a, {u"sticker_emoji"});
    aBlurHash = find(a, {u"blur_hash"});
    aOrder = find(a, {u"display_order"});
    aUpload = find(a, {u"upload_timestamp"});
    aUnique = find(a, {u"unique_id"});
    aAspect = find(a, {u"aspect_ratio"});
    aHash = find(a, {u"data_hash", u"data_hash_start"});

    reaction = schema.table(u"reaction");
    rId = find(reaction, {u"_id"});
    rMessage = find(reaction, {u"message_id"});
    rIsMms = find(reaction, {u"is_mms"});
    rAuthor = find(reaction, {u"author_id"});
    rEmoji = find(reaction, {u"emoji"});
    rSent = find(reaction, {u"date_sent"});
    rReceived = find(reaction, {u"date_received"});

    mention = schema.table(u"mention");
    mId = find(mention, {u"_id"});
    mThread = find(mention, {u"thread_id"});
    mMessage = find(mention, {u"message_id"});
    mRecipient = find(mention, {u"recipient_id"});
    mStart = find(mention, {u"range_start"});
    mLength = find(mention, {u"range_length"});
}

} // namespace idiolect::demogen
