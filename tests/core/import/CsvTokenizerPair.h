// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReferenceCsvTokenizer.h"

#include <limits>

namespace idiolect::test {

/**
 * @brief CsvTokenizer and ReferenceCsvTokenizer side by side over one input.
 *
 * read() calls next() on both and compares everything a caller can see: status, every field
 * (offset, length, quoted, hasEscapes), recordOffset(), position(), hadBom(), and on an error
 * its kind, offset, field and message; End and Error must stay. Used by tst_csvtokenizerdiff
 * and the fuzz target fuzz_csv_tokenizer.
 */
class CsvTokenizerPair final
{
public:
    CsvTokenizerPair(QByteArrayView data, bool crlf);

    void seek(qsizetype offset);

    /**
     * Reads up to @p records records, or to the end or an error. Returns an empty string when
     * both agree, else what differs. With @p starts, appends where each next record starts.
     */
    QString read(qsizetype records = std::numeric_limits<qsizetype>::max(),
                 std::vector<qsizetype> *starts = nullptr);

private:
    QString compareStep(CsvTokenizer::Status got, CsvTokenizer::Status want) const;

    CsvTokenizer m_tokenizer;
    ReferenceCsvTokenizer m_reference;
    std::vector<CsvField> m_gotFields;
    std::vector<CsvField> m_wantFields;
};

} // namespace idiolect::test
