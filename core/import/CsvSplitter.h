// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <vector>

namespace idiolect {

/**
 * @brief Finds likely record boundaries to read one CSV file on several threads.
 *
 * A byte offset in the middle of a CSV file cannot be classified without
 * reading from the start: a line break may be inside a quoted message body.
 * The splitter therefore only guesses: from each even share of the file it
 * takes the next line break and accepts the position after it when the
 * records that follow tokenize cleanly with exactly the header's field count
 * for a while; otherwise it tries the next line break, and gives up on that
 * share after a bounded search. Whether a guess is a real boundary is decided
 * later by the sequential tokenizer of the part before it, which must arrive
 * exactly at the guess (see CsvTableReader::split()); a wrong guess costs
 * time, never correctness.
 */
class CsvSplitter final
{
public:
    /**
     * Returns increasing guessed record starts in (@p begin, data.size()) that cut
     * [@p begin, end) into at most @p parts shares of at least @p minPartBytes each.
     */
    static std::vector<qsizetype> guessBoundaries(QByteArrayView data, qsizetype begin, int parts,
                                                  qsizetype minPartBytes, qsizetype columns,
                                                  bool crlf);

    /** True when @p offset looks like the start of a record (see the class comment). */
    static bool looksLikeRecordStart(QByteArrayView data, qsizetype offset, qsizetype columns,
                                     bool crlf);
};

} // namespace idiolect
