// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SigexportMessage.h"
#include "common/Error.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

namespace idiolect {

class JobContext;
struct ImportOptions;

/** One conversation folder of a signal-export output, read and converted to UTC. */
struct SigexportConversation
{
    QString folder; ///< Folder name: the chat's only name (signal-export keeps no ids).
    QString directory; ///< Absolute path of the folder.
    QString file; ///< The data.json read.
    qint64 bytes = 0;
    std::vector<SigexportMessage> messages;
    Error error; ///< Set when the conversation could not be read (strict mode, I/O).

    bool hasMeta = false; ///< meta.json (--chat-members) marks a group.
    QString metaName;
    QStringList metaMembers;

    qint64 invalidLines = 0, firstInvalidLine = -1;
    qint64 repairedLines = 0;
    qint64 gapTimes = 0; ///< Wall times in a skipped DST hour.
    qint64 ambiguousTimes = 0; ///< Wall times in a repeated DST hour.
    QMap<QString, qint64> unknownKeys;

    /**
     * Reads @p device (data.json: JSON Lines, or one JSON array) with its
     * dates resolved in options.localZone. Strict mode stops at the first bad
     * line (error set); lenient mode counts and skips it.
     */
    static SigexportConversation read(QIODevice &device, const QString &file,
                                      const ImportOptions &options, JobContext &job);
};

} // namespace idiolect
