// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignalDatabaseWriter.h"

namespace idiolect::demogen {

/** Column indices of one message table (message, mms or sms); -1 = absent. */
struct MessageColumns
{
    const TableDef *table = nullptr;
    int id = -1, dateSent = -1, dateReceived = -1, dateServer = -1, thread = -1;
    int from = -1, fromDevice = -1, to = -1, recipient = -1, recipientDevice = -1;
    int type = -1, body = -1, read = -1, mType = -1, receiptTimestamp = -1;
    int delivered = -1, readReceipt = -1, expiresIn = -1, expireStarted = -1, notified = -1;
    int quoteId = -1, quoteAuthor = -1, quoteBody = -1, linkPreviews = -1, viewOnce = -1;
    int remoteDeleted = -1, deletedBy = -1, mentionsSelf = -1, notifiedTimestamp = -1;
    int serverGuid = -1, messageRanges = -1, storyType = -1, parentStoryId = -1;
    int latestRevision = -1, originalMessage = -1, revisionNumber = -1, messageExtras = -1;
    int reactions = -1, unidentified = -1, protocol = -1, replyPath = -1, serviceCenter = -1;

    MessageColumns() = default;
    explicit MessageColumns(const TableDef *t);
};

/** Every column index the writer needs, looked up once per schema. */
struct SignalDatabaseWriter::Columns
{
    explicit Columns(const SignalSchema &schema);

    MessageColumns message; ///< message (or mms when there is no sms table)
    MessageColumns sms; ///< legacy sms table, if any

    const TableDef *attachment = nullptr;
    int aId = -1, aMessage = -1, aType = -1, aRemoteKey = -1, aRemoteLocation = -1;
    int aDigest = -1, aCdn = -1, aTransfer = -1, aDataFile = -1, aSize = -1, aRandom = -1;
    int aFileName = -1, aVoice = -1, aQuote = -1, aWidth = -1, aHeight = -1, aCaption = -1;
    int aPackId = -1, aPackKey = -1, aStickerId = -1, aStickerEmoji = -1, aBlurHash = -1;
    int aOrder = -1, aUpload = -1, aUnique = -1, aAspect = -1, aHash = -1;

    const TableDef *reaction = nullptr;
    int rId = -1, rMessage = -1, rIsMms = -1, rAuthor = -1, rEmoji = -1, rSent = -1, rReceived = -1;

    const TableDef *mention = nullptr;
    int mId = -1, mThread = -1, mMessage = -1, mRecipient = -1, mStart = -1, mLength = -1;
};

} // namespace idiolect::demogen
