// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <vector>

namespace idiolect {

/** One attachment as signal-export lists it: a file under the chat's media/ folder. */
struct SigexportAttachment
{
    QString
        name; ///< File name signal-export gave the copy ("2023-11-14T22-13-20.123_00_photo.jpg").
    QString path; ///< Relative path with spaces written as %20 ("media/…").
    bool missing = false; ///< signal-export noted the file as missing (missing_kind).
};

/** A time as written in data.json: a naive wall time, or an instant if an offset was given. */
struct SigexportTime
{
    qint64 wallMs = 0; ///< Wall clock in ms since 1970-01-01T00:00 (no zone).
    std::optional<int> offsetSeconds; ///< Only if the string carried "Z" or "±HH:MM".
};

/** An earlier version of an edited message. */
struct SigexportEdit
{
    SigexportTime date;
    qint64 utc = 0; ///< Filled by the conversation reader.
    QString body;
};

/** One line of signal-export's data.json, with its fields as they are. */
struct SigexportMessage
{
    qint64 line = 0; ///< 1-based line in data.json.
    SigexportTime date;
    qint64 utc = 0; ///< The date as an instant; filled by the conversation reader.
    QString sender; ///< "Me", a display name, or "No-Sender".
    QString body; ///< Two trailing spaces already removed.
    QString quote; ///< Quoted text with the "> " markup removed; empty if none.
    bool sticker = false;
    QString stickerEmoji;
    QString stickerPath; ///< "exported_stickers/<pack>/<id>.<ext>" if the object form names it.
    std::vector<std::pair<QString, QString>> reactions; ///< (name, emoji)
    std::vector<SigexportAttachment> attachments;
    std::vector<SigexportEdit> edits; ///< Earlier versions, oldest first.
    bool deleted = false;
    bool call = false;
    QStringList unknownKeys;
};

} // namespace idiolect
