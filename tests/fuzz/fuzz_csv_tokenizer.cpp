// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV tokenizer against a plain character-by-character reference of the same rules
// (docs/signal-formats.md §1.2), and against ReferenceCsvTokenizer (the field-by-field
// tokenizer the block tokenizer replaced) from the start and after seek(): any difference in
// records, fields, positions or errors is a finding.
#include "FuzzSupport.h"

#include "../core/import/CsvTokenizerPair.h"
#include "import/CsvTokenizer.h"

#include <QList>

using namespace Qt::StringLiterals;
using namespace idiolect;

namespace {

struct Reference
{
    QList<QList<QByteArray>> records;
    bool error = false;
};

Reference tokenize(QByteArrayView data, bool crlf)
{
    Reference out;
    qsizetype pos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype n = data.size();
    while (pos < n) {
        QList<QByteArray> record;
        while (true) {
            QByteArray field;
            if (pos < n && data[pos] == '"') {
                ++pos;
                while (true) {
                    if (pos >= n) {
                        out.error = true;
                        return out;
                    }
                    if (data[pos] == '"') {
                        if (pos + 1 < n && data[pos + 1] == '"') {
                            field.append('"');
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    field.append(data[pos++]);
                }
                record.append(field);
                if (pos >= n)
                    break;
                if (data[pos] == ',') {
                    ++pos; // "x", at the very end: the loop adds one empty field
                    continue;
                }
                if (data[pos] == '\n') {
                    ++pos;
                    break;
                }
                if (crlf && data[pos] == '\r' && pos + 1 < n && data[pos + 1] == '\n') {
                    pos += 2;
                    break;
                }
                out.error = true;
                return out;
            }
            while (pos < n && data[pos] != ',' && data[pos] != '\n')
                field.append(data[pos++]);
            if (crlf && pos < n && data[pos] == '\n' && field.endsWith('\r'))
                field.chop(1);
            record.append(field);
            if (pos >= n)
                break;
            if (data[pos] == '\n') {
                ++pos;
                break;
            }
            ++pos; // ','
        }
        out.records.append(record);
    }
    return out;
}

void run(QByteArrayView data, bool crlf)
{
    const Reference expected = tokenize(data, crlf);
    CsvTokenizer tokenizer(data);
    tokenizer.setCrlfMode(crlf);
    std::vector<CsvField> fields;
    QByteArray scratch;
    qsizetype records = 0;
    qsizetype lastPosition = tokenizer.position();
    while (true) {
        const CsvTokenizer::Status status = tokenizer.next(fields);
        if (status == CsvTokenizer::Status::End) {
            fuzz::check(!expected.error, "the tokenizer accepted input the reference rejects");
            fuzz::check(records == expected.records.size(), "record count differs");
            return;
        }
        if (status == CsvTokenizer::Status::Error) {
            fuzz::check(expected.error, "the tokenizer rejected input the reference accepts");
            fuzz::check(records <= expected.records.size(), "error after too many records");
            fuzz::check(tokenizer.errorOffset() >= 0 && tokenizer.errorOffset() <= data.size(),
                        "error offset outside the input");
            fuzz::check(!tokenizer.errorMessage().isEmpty(), "error without a sentence");
            fuzz::check(tokenizer.lineAt(tokenizer.errorOffset()) >= 1, "error line below 1");
            fuzz::check(tokenizer.columnAt(tokenizer.errorOffset()) >= 1, "error column below 1");
            // Once failed, it stays failed.
            fuzz::check(tokenizer.next(fields) == CsvTokenizer::Status::Error, "error not sticky");
            return;
        }
        fuzz::check(tokenizer.position() > lastPosition, "a record consumed no input");
        lastPosition = tokenizer.position();
        fuzz::check(records < expected.records.size(), "more records than the reference");
        const QList<QByteArray> &want = expected.records[records];
        fuzz::check(qsizetype(fields.size()) == want.size(), "field count differs");
        for (size_t f = 0; f < fields.size(); ++f) {
            const CsvField &field = fields[f];
            fuzz::check(field.offset >= 0 && field.length >= 0
                            && field.offset + field.length <= data.size(),
                        "a field lies outside the input");
            fuzz::check(tokenizer.content(field, scratch) == want[qsizetype(f)],
                        "field content differs");
        }
        fuzz::check(tokenizer.lineAt(tokenizer.recordOffset()) >= 1, "record line below 1");
        ++records;
    }
}

void checkSame(const QString &diff, const char *what)
{
    if (!diff.isEmpty())
        fuzz::check(false, qPrintable(QString::fromLatin1(what) + u": "_s + diff));
}

/**
 * Field for field the same as ReferenceCsvTokenizer: from the start, then after seek() to
 * record starts (how the parts of a file are read) and to every line start (where CsvSplitter
 * probes, also inside quoted fields), on one pair of tokenizers that jumps back and forth.
 */
void compareWithReference(QByteArrayView data, bool crlf)
{
    std::vector<qsizetype> starts{0};
    test::CsvTokenizerPair whole(data, crlf);
    checkSame(whole.read(std::numeric_limits<qsizetype>::max(), &starts), "from the start");

    constexpr size_t maxSeeks = 64;
    test::CsvTokenizerPair seeking(data, crlf);
    for (size_t i = 0; i < starts.size() && i < maxSeeks; ++i) {
        // Every other one backwards: from the last start towards the first.
        const qsizetype start = starts[i % 2 ? starts.size() - 1 - i / 2 : i / 2];
        seeking.seek(start);
        checkSame(seeking.read(2), "after seek() to a record start");
    }
    size_t lines = 0;
    for (qsizetype at = data.indexOf('\n'); at >= 0 && lines < maxSeeks;
         at = data.indexOf('\n', at + 1), ++lines) {
        seeking.seek(at + 1);
        checkSame(seeking.read(2), "after seek() to a line start");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    run(bytes, false);
    run(bytes, true);
    compareWithReference(bytes, false);
    compareWithReference(bytes, true);
    return 0;
}
