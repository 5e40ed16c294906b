// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace idiolect {

/**
 * @brief What went wrong, as a machine-readable category.
 *
 * The UI and the CLI pick exit codes, icons and hints from the code; the
 * human sentence lives in Error::message.
 */
enum class ErrorCode {
    None,
    NotFound, ///< A file or folder does not exist.
    Unreadable, ///< It exists but cannot be opened or read (permissions, lock).
    UnknownFormat, ///< Not any export format we know.
    MissingTable, ///< A required table (message, recipient...) is absent.
    MissingColumn, ///< A required column is absent from a table header.
    FieldCount, ///< A CSV record has more or fewer fields than its header.
    UnterminatedQuote, ///< The file ends inside a quoted CSV field.
    InvalidUtf8, ///< Bytes that are not UTF-8 where text is expected.
    InvalidValue, ///< A value that cannot be parsed (e.g. a non-numeric id).
    NotCsv, ///< Binary data or something else that is not CSV.
    UnknownSelf, ///< The given self id is not a recipient of the export.
    InvalidJson, ///< JSON / JSON Lines that cannot be parsed.
    Canceled, ///< The user canceled the job.
    WriteFailed, ///< Output could not be written (disk full, permissions).
    Invalid, ///< Data failed validation.
    Network, ///< A network request failed.
    Internal, ///< A bug: an invariant did not hold.
};

/**
 * @brief An error as a value: where it happened and a sentence a person understands.
 *
 * Errors never cross thread or slot boundaries as exceptions; jobs return them.
 * `line` and `column` are 1-based; -1 means "not applicable". For CSV data
 * `line` is the physical line where the record starts and `record` the 1-based
 * data record number (the header is record 0); `columnName` names the field.
 * Messages never contain message text, names or phone numbers.
 */
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message; ///< One human sentence, already translated.
    QString file; ///< The file the error is about, if any.
    qint64 line = -1;
    qint64 column = -1;
    qint64 record = -1;
    QString columnName;
    QString hint; ///< How to fix it, if we know.

    [[nodiscard]] bool isError() const { return code != ErrorCode::None; }

    /** Formats "file:line:column: message (hint)" for terminals and logs. */
    [[nodiscard]] QString toString() const;

    /** The error every job returns when its JobContext was canceled. */
    static Error canceled();

    static Error make(ErrorCode code, const QString &message, const QString &file = {})
    {
        Error e;
        e.code = code;
        e.message = message;
        e.file = file;
        return e;
    }
};

/** A short, stable identifier for an error code ("missing_column"), used in JSON output. */
QString errorCodeName(ErrorCode code);

} // namespace idiolect
