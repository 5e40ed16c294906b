// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace idiolect {

/** One field of a CSV record, as a span of the input bytes. */
struct CsvField
{
    qsizetype offset = 0; ///< Byte offset of the content (after an opening quote).
    qsizetype length = 0; ///< Content length in bytes (without the surrounding quotes).
    bool quoted = false;
    bool hasEscapes = false; ///< Contains "" pairs that must be unescaped.
};

/**
 * @brief Zero-copy CSV tokenizer for signalbackup-tools exports.
 *
 * A byte-stream state machine that follows docs/signal-formats.md §1.2:
 * fields separated by ',', records terminated by '\n' only; a field that
 * starts with '"' runs to the next '"' not followed by another '"' and may
 * contain raw newlines and CRs; "" is an escaped quote; unquoted fields are
 * never trimmed and a bare CR belongs to the field. Fields are reported as
 * spans into the input; only fields with escapes need copying (unescape()).
 *
 * Tolerated: a UTF-8 BOM at the very start; CRLF record terminators when
 * crlfMode is set (files re-saved by spreadsheets), in which case a CR right
 * before a record-terminating LF is not part of the last field; a last
 * record without a trailing '\n'.
 *
 * Errors (state Error, with errorOffset/errorMessage): end of input inside a
 * quoted field, a character other than ',' or a newline after a closing quote.
 *
 * Speed: a real export has about four bytes per field, so the cost per field matters more
 * than the cost per byte. The input is classified 64 bytes at a time into bit masks
 * (CsvBlockMasks); unquoted fields, nearly all of them, are cut at the separator bits one
 * after the other, and the masks are kept across fields and records. A field that starts
 * with '"' takes a careful byte-wise path (memchr for the closing quote).
 */
class CsvTokenizer final
{
public:
    enum class Status { Record, End, Error };
    enum class ErrorKind { None, UnterminatedQuote, TextAfterQuote };

    explicit CsvTokenizer(QByteArrayView data);

    /** Reads the next record into @p fields (cleared first). */
    Status next(std::vector<CsvField> &fields);

    /** Continues at @p offset, which must be the start of a record (reading a file in parts). */
    void seek(qsizetype offset) { m_pos = offset; }

    /** Treat "\r\n" as the record terminator (see class comment). */
    void setCrlfMode(bool on) { m_crlf = on; }
    [[nodiscard]] bool crlfMode() const { return m_crlf; }

    /** True if the input started with a UTF-8 BOM (it is skipped). */
    [[nodiscard]] bool hadBom() const { return m_hadBom; }

    /** Byte offset where the last returned record started. */
    [[nodiscard]] qsizetype recordOffset() const { return m_recordOffset; }
    /** Byte offset of the next unread byte. */
    [[nodiscard]] qsizetype position() const { return m_pos; }
    [[nodiscard]] qsizetype size() const { return m_data.size(); }

    [[nodiscard]] ErrorKind errorKind() const { return m_errorKind; }
    [[nodiscard]] qsizetype errorOffset() const { return m_errorOffset; }
    [[nodiscard]] const QString &errorMessage() const { return m_errorMessage; }
    /** 1-based index of the field the error is in. */
    [[nodiscard]] int errorField() const { return m_errorField; }

    /** Raw content bytes of a field (escapes not yet resolved). */
    [[nodiscard]] QByteArrayView raw(const CsvField &field) const
    {
        return m_data.sliced(field.offset, field.length);
    }

    /** Content with "" resolved; uses @p scratch only when the field has escapes. */
    [[nodiscard]] QByteArrayView content(const CsvField &field, QByteArray &scratch) const;

    /** 1-based physical line number of a byte offset (counts '\n' before it). */
    [[nodiscard]] qint64 lineAt(qsizetype offset) const;
    /** 1-based column (in bytes) of a byte offset within its physical line. */
    [[nodiscard]] qint64 columnAt(qsizetype offset) const;

    /** Resolves "" → " in @p raw into @p out. */
    static void unescape(QByteArrayView raw, QByteArray &out);

private:
    /** The separators of the current 64-byte block that the tokenizer has not passed yet. */
    struct Block
    {
        qsizetype start = 0; ///< Offset of the block, a multiple of 64.
        quint64 separators = 0; ///< ',' and '\n' at or after the position (CsvBlockMasks).
        quint64 stops = 0; ///< '\n', and bytes followed by '"': the fast path stops there.
    };
    /** A quoted field, where reading goes on after it, and what comes next. */
    struct QuotedField
    {
        enum class End { NextField, Record, Unterminated, TextAfterQuote };
        CsvField field;
        qsizetype next = 0; ///< After the ',' or the line break that ends the field.
        End end = End::Record;
    };
    /** What scan() found and how many fields it wrote. */
    struct Scanned
    {
        Status status;
        size_t fields;
    };

    Scanned scan(std::vector<CsvField> &fields);
    QuotedField scanQuoted(qsizetype open, int fieldNumber);
    [[nodiscard]] Block blockAt(qsizetype offset) const;
    Status fail(ErrorKind kind, qsizetype offset, int field, const QString &message);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_recordOffset = 0;
    qsizetype m_errorOffset = -1;
    int m_errorField = 0;
    ErrorKind m_errorKind = ErrorKind::None;
    QString m_errorMessage;
    bool m_crlf = false;
    bool m_hadBom = false;
    Block m_block; ///< Valid for reading on from m_blockPos (seek() leaves it behind).
    qsizetype m_blockPos = -1;
    // Line counting is incremental: lineAt() continues from the last answer.
    mutable qsizetype m_lineCacheOffset = 0;
    mutable qint64 m_lineCacheLine = 1;
};

} // namespace idiolect
