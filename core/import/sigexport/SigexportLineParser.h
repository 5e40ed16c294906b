// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SigexportMessage.h"
#include "common/Expected.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringView>

namespace idiolect {

/**
 * @brief Parses one line of signal-export's data.json (bytes in, message or error out).
 *
 * Accepts every shape signal-export has written since data.json appeared:
 * `sticker` as null, an emoji string or an object; `reactions` as [name,
 * emoji] pairs or objects; optional `edits`, `deleted`, `call`, `missed`,
 * `missing_kind`. The body loses the two trailing spaces signal-export
 * appends for Markdown line breaks; its removal of backticks cannot be undone.
 * Errors carry the line and, where known, the column.
 */
class SigexportLineParser final
{
    Q_DECLARE_TR_FUNCTIONS(SigexportLineParser)

public:
    static Expected<SigexportMessage> parse(QByteArrayView line, qint64 lineNumber,
                                            const QString &fileName);

    /** Parses "2023-11-14T22:13:20.123000" (optionally with "Z" or "±HH:MM"); false if invalid. */
    static bool parseTime(QStringView text, SigexportTime *out);

    /** "\n\n> a\n> b\n\n" → "a\nb". */
    static QString unquote(const QString &quote);
};

} // namespace idiolect
