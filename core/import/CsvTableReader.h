// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvTokenizer.h"
#include "TableReader.h"
#include "common/Expected.h"
#include "common/ShortDecimal.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace idiolect {

class MappedFile;

/**
 * @brief A TableReader over one signalbackup-tools CSV file.
 *
 * Maps the file, reads the header (never quoted by the writer, but we accept
 * quotes), detects binary data and CRLF files, and then checks every record
 * against the header's field count. A 0-byte file is an empty table with no
 * columns (that is how signalbackup-tools writes empty tables).
 */
class CsvTableReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableReader)

public:
    /** Opens @p path and reads its header. */
    static Expected<std::unique_ptr<CsvTableReader>> open(const QString &path);
    ~CsvTableReader() override;

    [[nodiscard]] const QStringList &columns() const override { return m_columns; }
    bool next() override;
    [[nodiscard]] const Error &error() const override { return m_error; }
    [[nodiscard]] bool isNull(int column) const override
    {
        return column < 0 || m_fields[size_t(column)].length == 0;
    }
    /** Inline for the import's hot loop: most cells are short decimals read right here. */
    [[nodiscard]] qint64 toInt64(int column, qint64 fallback = 0, bool *ok = nullptr) const override
    {
        if (ok)
            *ok = true;
        if (isNull(column))
            return fallback;
        const CsvField &f = m_fields[size_t(column)];
        qint64 value = 0;
        if (!f.hasEscapes && f.length <= 18
            && decimal::parseShort(m_tokenizer.raw(f).data(), f.length, &value))
            return value;
        return toInt64Slow(column, fallback, ok);
    }
    [[nodiscard]] TextCell text(int column) override
    {
        TextCell cell;
        if (column >= 0)
            cell.utf8 = bytes(column);
        return cell;
    }
    [[nodiscard]] QByteArray blob(int column) override;
    [[nodiscard]] QString sourceName() const override { return m_path; }
    [[nodiscard]] qint64 line() const override;
    [[nodiscard]] qint64 record() const override { return m_record; }
    [[nodiscard]] qint64 progressDone() const override { return m_tokenizer.position(); }
    [[nodiscard]] qint64 progressTotal() const override { return m_tokenizer.size(); }
    [[nodiscard]] qsizetype invalidUtf8Offset(int column) const override;

    /** True when the file is 0 bytes (an empty table). */
    [[nodiscard]] bool isEmptyTable() const { return m_columns.isEmpty(); }
    [[nodiscard]] bool crlfMode() const { return m_tokenizer.crlfMode(); }
    [[nodiscard]] bool hadBom() const { return m_tokenizer.hadBom(); }
    /** Blank lines skipped so far (not written by signalbackup-tools; tolerated). */
    [[nodiscard]] qint64 skippedBlankLines() const { return m_blankLines; }

    /**
     * Splits the records not yet read into up to @p parts readers for separate threads.
     * Part 0 starts where this reader is; part k > 0 starts at a guessed record boundary
     * (CsvSplitter). Every part stops (next() returns false, stoppedAtPart() is true) when
     * it arrives exactly at the start of a later part, and otherwise reads on to the end.
     * A caller joins the parts by following stops: after part i take the part that starts
     * at i's endOffset(). Parts skipped that way began at a wrong guess; the chain always
     * covers the file exactly as one sequential reader would. Record numbers of a part
     * count from its start (see restartPart()). Returns nothing when the file is too small
     * to split.
     */
    [[nodiscard]] std::vector<std::unique_ptr<CsvTableReader>> split(int parts,
                                                                     qsizetype minPartBytes) const;
    /**
     * The same part again from its start, numbering its records after @p recordsBefore: an
     * error found in a part is reported from this, so its record number (also in the message)
     * counts from the start of the file.
     */
    [[nodiscard]] std::unique_ptr<CsvTableReader> restartPart(const CsvTableReader &part,
                                                              qint64 recordsBefore) const;
    /** Byte offset of the first record of this part (see split()). */
    [[nodiscard]] qsizetype startOffset() const { return m_start; }
    /** Byte offset where reading stopped. */
    [[nodiscard]] qsizetype endOffset() const { return m_tokenizer.position(); }
    /** True when reading stopped at the start of a later part (see split()). */
    [[nodiscard]] bool stoppedAtPart() const { return m_stopped; }
    /** Adds the blank lines a part of this file skipped (for the import warning). */
    void addSkippedBlankLines(qint64 lines) { m_blankLines += lines; }

    /** Raw bytes of a field with escapes resolved (valid until the next call for that column). */
    [[nodiscard]] QByteArrayView bytes(int column) const
    {
        const CsvField &f = m_fields[size_t(column)];
        if (!f.hasEscapes)
            return m_tokenizer.raw(f);
        return m_tokenizer.content(f, m_scratch[size_t(column)]);
    }

protected:
    [[nodiscard]] std::pair<qint64, qint64> position(int column, qsizetype offset) const override;

private:
    explicit CsvTableReader(std::shared_ptr<const MappedFile> file);
    /** toInt64() of a cell that is not a short decimal: a '+', 19 digits, "1.0", junk. */
    [[nodiscard]] qint64 toInt64Slow(int column, qint64 fallback, bool *ok) const;
    [[nodiscard]] std::unique_ptr<CsvTableReader>
    makePart(qsizetype start, std::vector<qsizetype> stops, qint64 recordsBefore) const;

    std::shared_ptr<const MappedFile> m_file;
    QString m_path;
    CsvTokenizer m_tokenizer;
    QStringList m_columns;
    std::vector<CsvField> m_fields;
    mutable std::vector<QByteArray> m_scratch;
    Error m_error;
    qint64 m_record = 0;
    qint64 m_blankLines = 0;
    qsizetype m_start = 0;
    std::vector<qsizetype> m_stops; ///< Starts of later parts, increasing.
    size_t m_nextStop = 0;
    bool m_stopped = false;
};

} // namespace idiolect
