// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvTokenizer.h"
#include "TableReader.h"
#include "common/Expected.h"

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
    [[nodiscard]] bool isNull(int column) const override;
    [[nodiscard]] qint64 toInt64(int column, qint64 fallback = 0,
                                 bool *ok = nullptr) const override;
    [[nodiscard]] TextCell text(int column) override;
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

    /** Raw bytes of a field with escapes resolved (valid until the next call for that column). */
    [[nodiscard]] QByteArrayView bytes(int column) const;

protected:
    [[nodiscard]] std::pair<qint64, qint64> position(int column, qsizetype offset) const override;

private:
    CsvTableReader(std::unique_ptr<MappedFile> file);

    std::unique_ptr<MappedFile> m_file;
    QString m_path;
    CsvTokenizer m_tokenizer;
    QStringList m_columns;
    std::vector<CsvField> m_fields;
    mutable std::vector<QByteArray> m_scratch;
    Error m_error;
    qint64 m_record = 0;
    qint64 m_blankLines = 0;
};

} // namespace idiolect
