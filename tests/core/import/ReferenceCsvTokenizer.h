// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/CsvTokenizer.h"

namespace idiolect::test {

/**
 * @brief The field-by-field CSV tokenizer that CsvTokenizer replaced, kept as a reference.
 *
 * Tests only: the differential test (tst_csvtokenizerdiff) and the fuzz target
 * fuzz_csv_tokenizer run it next to CsvTokenizer and require the same records, fields,
 * statuses, positions and errors. It scans one field at a time (sixteen bytes per step
 * for ',' and '\n', memchr for quotes), which is simple enough to trust.
 */
class ReferenceCsvTokenizer final
{
public:
    using Status = CsvTokenizer::Status;
    using ErrorKind = CsvTokenizer::ErrorKind;

    explicit ReferenceCsvTokenizer(QByteArrayView data);

    Status next(std::vector<CsvField> &fields);
    void seek(qsizetype offset) { m_pos = offset; }
    void setCrlfMode(bool on) { m_crlf = on; }
    [[nodiscard]] bool hadBom() const { return m_hadBom; }
    [[nodiscard]] qsizetype recordOffset() const { return m_recordOffset; }
    [[nodiscard]] qsizetype position() const { return m_pos; }
    [[nodiscard]] ErrorKind errorKind() const { return m_errorKind; }
    [[nodiscard]] qsizetype errorOffset() const { return m_errorOffset; }
    [[nodiscard]] const QString &errorMessage() const { return m_errorMessage; }
    [[nodiscard]] int errorField() const { return m_errorField; }

private:
    Status scan(std::vector<CsvField> &fields, size_t &count);
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
};

} // namespace idiolect::test
