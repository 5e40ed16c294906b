// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace idiolect {

/** An attachment of a message (attachment/part table, JSONL FilePointer, sigexport media). */
struct Attachment
{
    quint32 message = 0; ///< Index into MessageStore.
    qint64 id = -1; ///< attachment._id, if any.
    qint64 uniqueId = -1; ///< part.unique_id (< dbv 215), else -1.
    QString contentType; ///< MIME type, e.g. "image/jpeg".
    QString fileName; ///< Original file name, if known.
    QString localPath; ///< Absolute path of the bytes on disk, if the export has them.
    QString caption;
    QString plaintextHash; ///< Hex SHA-256 of the bytes, if the export states it.
    qint64 size = -1;
    int width = 0;
    int height = 0;
    bool voiceNote = false;
    bool sticker = false;

    [[nodiscard]] bool isImage() const { return contentType.startsWith(QLatin1String("image/")); }
};

/** One emoji reaction on a message. */
struct Reaction
{
    quint32 message = 0; ///< Index into MessageStore.
    qint64 authorId = 0; ///< Recipient id of who reacted.
    QString emoji;
    qint64 dateSent = 0;
};

/** A link preview Signal stored with the message (title/description of the linked page). */
struct LinkPreview
{
    quint32 message = 0;
    QString url;
    QString title;
    QString description;
    qint64 date = 0;
};

/** Where an "@Name" mention sits in the final body (UTF-16 offsets into MessageStore::body). */
struct Mention
{
    quint32 message = 0;
    qint64 recipientId = 0;
    qint32 start = 0;
    qint32 length = 0;
};

} // namespace idiolect
