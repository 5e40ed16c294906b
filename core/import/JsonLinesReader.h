// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>

class QIODevice;

namespace idiolect {

/**
 * @brief Splits a JSON Lines stream into lines with bounded memory.
 *
 * Shared by the main.jsonl and signal-export importers. Reads the device in
 * 1 MiB chunks, accepts LF and CRLF, skips a UTF-8 byte-order mark, and never
 * holds more than one line plus one chunk. A line longer than the bound is
 * reported (Result::TooLong) and skipped, so a file without newlines cannot
 * exhaust memory.
 */
class JsonLinesReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesReader)

public:
    static constexpr qint64 kDefaultMaxLineBytes = 64LL * 1024 * 1024;

    enum class Result : quint8 {
        Line, ///< line() holds the next line (possibly empty).
        TooLong, ///< The line exceeded the bound and was skipped; lineNumber() tells which.
        End, ///< No more lines.
        Error, ///< The device failed; see error().
    };

    JsonLinesReader(QIODevice &device, QString fileName,
                    qint64 maxLineBytes = kDefaultMaxLineBytes);

    Result next();

    /** The current line without its terminator; valid until the next call. */
    [[nodiscard]] QByteArrayView line() const { return m_line; }
    /** 1-based number of the current line. */
    [[nodiscard]] qint64 lineNumber() const { return m_lineNumber; }
    /** Bytes consumed so far (for progress). */
    [[nodiscard]] qint64 bytesRead() const { return m_consumed; }
    [[nodiscard]] const Error &error() const { return m_error; }

    /** 1-based byte column where `"key"` appears in a raw JSON line, or -1 (error locations). */
    static qint64 columnOfKey(QByteArrayView line, QLatin1StringView key);

private:
    bool fill();

    QIODevice &m_device;
    QString m_fileName;
    qint64 m_maxLineBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QByteArrayView m_line;
    qint64 m_lineNumber = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    Error m_error;
};

} // namespace idiolect
