// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvSplitter.h"

#include "CsvTokenizer.h"

#include <algorithm>
#include <cstring>

namespace idiolect {

namespace {

/** Records that must tokenize cleanly after a guessed boundary. */
constexpr int kProbeRecords = 16;
/** Line breaks tried per share before giving up on it. */
constexpr int kMaxCandidates = 256;

} // namespace

bool CsvSplitter::looksLikeRecordStart(QByteArrayView data, qsizetype offset, qsizetype columns,
                                       bool crlf)
{
    if (offset <= 0 || offset >= data.size() || data[offset - 1] != '\n')
        return false;
    CsvTokenizer probe(data);
    probe.setCrlfMode(crlf);
    probe.seek(offset);
    std::vector<CsvField> fields;
    fields.reserve(size_t(columns));
    for (int i = 0; i < kProbeRecords; ++i) {
        const CsvTokenizer::Status status = probe.next(fields);
        if (status == CsvTokenizer::Status::End)
            return i > 0;
        if (status == CsvTokenizer::Status::Error || qsizetype(fields.size()) != columns)
            return false;
    }
    return true;
}

std::vector<qsizetype> CsvSplitter::guessBoundaries(QByteArrayView data, qsizetype begin, int parts,
                                                    qsizetype minPartBytes, qsizetype columns,
                                                    bool crlf)
{
    std::vector<qsizetype> starts;
    const qsizetype span = data.size() - begin;
    minPartBytes = std::max<qsizetype>(1, minPartBytes);
    parts = int(std::min<qsizetype>(parts, span / minPartBytes));
    if (parts < 2 || columns < 1)
        return starts;
    const char *const base = data.data();
    for (int k = 1; k < parts; ++k) {
        qsizetype from = begin + span * k / parts;
        if (!starts.empty())
            from = std::max(from, starts.back() + 1);
        for (int tries = 0; tries < kMaxCandidates && from < data.size(); ++tries) {
            const void *hit = std::memchr(base + from - 1, '\n', size_t(data.size() - from + 1));
            if (!hit)
                break;
            const qsizetype candidate = static_cast<const char *>(hit) - base + 1;
            if (looksLikeRecordStart(data, candidate, columns, crlf)) {
                starts.push_back(candidate);
                break;
            }
            from = candidate + 1;
        }
    }
    return starts;
}

} // namespace idiolect
