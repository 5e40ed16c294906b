// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvCellEncoder.h"
#include "import/CsvBlockMasks.h"
#include "import/CsvTokenizer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace idiolect;

namespace {

/** Tokenizes everything; returns the records with escapes resolved, or the error kind. */
QList<QByteArrayList> tokenize(const QByteArray &input, bool crlf = false,
                               CsvTokenizer::ErrorKind *error = nullptr)
{
    CsvTokenizer tokenizer(input);
    tokenizer.setCrlfMode(crlf);
    std::vector<CsvField> fields;
    QList<QByteArrayList> records;
    QByteArray scratch;
    while (true) {
        const auto status = tokenizer.next(fields);
        if (status == CsvTokenizer::Status::End)
            break;
        if (status == CsvTokenizer::Status::Error) {
            if (error)
                *error = tokenizer.errorKind();
            break;
        }
        QByteArrayList record;
        for (const CsvField &f : fields)
            record.append(tokenizer.content(f, scratch).toByteArray());
        records.append(record);
    }
    return records;
}

} // namespace

class TestCsvTokenizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void unterminatedQuote();
    void textAfterClosingQuote();
    void lineNumbers();
    void unterminatedAfterEscape();
    void fieldSpans();
    void columnsAndLines();
    void roundTripsSignalbackupToolsEncoding_data();
    void roundTripsSignalbackupToolsEncoding();
    void seekKeepsNoStaleMasks();
    void blockMasksMatchByteLoop();

private:
    static void addBlockBoundaryRows();
};

void TestCsvTokenizer::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<QList<QByteArrayList>>("expected");

    using R = QList<QByteArrayList>;
    QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << false << R{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no trailing newline")
        << QByteArray("a,b\n1,2") << false << R{{"a", "b"}, {"1", "2"}};
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n") << false
                                  << R{{"a", "", "c"}, {"", "", ""}};
    QTest::newRow("quoted comma") << QByteArray("\"x,y\",z\n") << false << R{{"x,y", "z"}};
    QTest::newRow("escaped quote")
        << QByteArray("\"say \"\"hi\"\"\",1\n") << false << R{{"say \"hi\"", "1"}};
    QTest::newRow("raw newline in quotes")
        << QByteArray("\"line1\nline2\",2\n") << false << R{{"line1\nline2", "2"}};
    QTest::newRow("bare CR unquoted") << QByteArray("a\rb,c\n") << false << R{{"a\rb", "c"}};
    QTest::newRow("CRLF inside quotes kept")
        << QByteArray("\"a\r\nb\",c\n") << false << R{{"a\r\nb", "c"}};
    QTest::newRow("spaces not trimmed") << QByteArray(" a , b \n") << false << R{{" a ", " b "}};
    QTest::newRow("whitespace-only quoted")
        << QByteArray("\"   \",x\n") << false << R{{"   ", "x"}};
    QTest::newRow("BOM skipped") << QByteArray("\xEF\xBB\xBF"
                                               "a,b\n")
                                 << false << R{{"a", "b"}};
    QTest::newRow("CRLF mode") << QByteArray("a,b\r\n1,\"2\"\r\n") << true
                               << R{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CR kept without CRLF mode") << QByteArray("a,b\r\n") << false << R{{"a", "b\r"}};
    QTest::newRow("trailing comma at EOF") << QByteArray("a,") << false << R{{"a", ""}};
    QTest::newRow("empty input") << QByteArray() << false << R{};
    QTest::newRow("header only") << QByteArray("a,b\n") << false << R{{"a", "b"}};
    QTest::newRow("quoted empty") << QByteArray("\"\",x\n") << false << R{{"", "x"}};
    QTest::newRow("only escaped quotes") << QByteArray("\"\"\"\"\"\"\n") << false << R{{"\"\""}};
    QTest::newRow("quote inside unquoted is content")
        << QByteArray("a\"b,c\n") << false << R{{"a\"b", "c"}};
    QTest::newRow("comma, quote and newline together")
        << QByteArray("\"He said, \"\"hi\"\"\nbye\",2\n") << false
        << R{{"He said, \"hi\"\nbye", "2"}};
    QTest::newRow("CR before LF kept without CRLF mode")
        << QByteArray("a,b\r\nc,d\r\n") << false << R{{"a", "b\r"}, {"c", "d\r"}};
    QTest::newRow("bare CR inside a field in CRLF mode")
        << QByteArray("a\rb,c\r\n") << true << R{{"a\rb", "c"}};
    QTest::newRow("trailing CR at EOF") << QByteArray("a,b\r") << false << R{{"a", "b\r"}};
    QTest::newRow("empty last field") << QByteArray("a,\n") << false << R{{"a", ""}};
    QTest::newRow("only a comma") << QByteArray(",\n") << false << R{{"", ""}};
    QTest::newRow("quoted at EOF without newline") << QByteArray("\"x\"") << false << R{{"x"}};
    QTest::newRow("base64 is never quoted")
        << QByteArray("QUJD+/8=,1\n") << false << R{{"QUJD+/8=", "1"}};
    QTest::newRow("int64 limits") << QByteArray("9223372036854775807,-9223372036854775808\n")
                                  << false << R{{"9223372036854775807", "-9223372036854775808"}};
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF"
                                                "a,b\r\n1,2\r\n")
                                  << true << R{{"a", "b"}, {"1", "2"}};
    QTest::newRow("blank line is one empty field")
        << QByteArray("a\n\nb\n") << false << R{{"a"}, {""}, {"b"}};
    QTest::newRow("utf8 passthrough")
        << QByteArray("\"😀,👍🏽\",日本\n") << false << R{{"😀,👍🏽", "日本"}};
    addBlockBoundaryRows();
}

void TestCsvTokenizer::records()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, crlf);
    QFETCH(QList<QByteArrayList>, expected);
    CsvTokenizer::ErrorKind error = CsvTokenizer::ErrorKind::None;
    QCOMPARE(tokenize(input, crlf, &error), expected);
    QCOMPARE(error, CsvTokenizer::ErrorKind::None);
}

void TestCsvTokenizer::unterminatedQuote()
{
    CsvTokenizer::ErrorKind error = CsvTokenizer::ErrorKind::None;
    const auto records = tokenize("a,b\n1,\"never closed\n2,3\n", false, &error);
    QCOMPARE(records.size(), 1);
    QCOMPARE(error, CsvTokenizer::ErrorKind::UnterminatedQuote);
}

void TestCsvTokenizer::textAfterClosingQuote()
{
    CsvTokenizer::ErrorKind error = CsvTokenizer::ErrorKind::None;
    tokenize("\"a\"x,b\n", false, &error);
    QCOMPARE(error, CsvTokenizer::ErrorKind::TextAfterQuote);
}

void TestCsvTokenizer::lineNumbers()
{
    const QByteArray input("h1,h2\n\"multi\nline\",x\nlast,row\n");
    CsvTokenizer tokenizer(input);
    std::vector<CsvField> fields;
    QCOMPARE(tokenizer.next(fields), CsvTokenizer::Status::Record);
    QCOMPARE(tokenizer.lineAt(tokenizer.recordOffset()), 1);
    QCOMPARE(tokenizer.next(fields), CsvTokenizer::Status::Record);
    QCOMPARE(tokenizer.lineAt(tokenizer.recordOffset()), 2);
    QCOMPARE(tokenizer.next(fields), CsvTokenizer::Status::Record);
    QCOMPARE(tokenizer.lineAt(tokenizer.recordOffset()), 4);
    QCOMPARE(tokenizer.next(fields), CsvTokenizer::Status::End);
}

void TestCsvTokenizer::unterminatedAfterEscape()
{
    // The "" before the end is an escaped quote, not the closing one.
    CsvTokenizer::ErrorKind error = CsvTokenizer::ErrorKind::None;
    tokenize("a\n\"abc\"\"", false, &error);
    QCOMPARE(error, CsvTokenizer::ErrorKind::UnterminatedQuote);
}

void TestCsvTokenizer::fieldSpans()
{
    const QByteArray input("x,\"y\"\"z\",\"\"\n");
    CsvTokenizer tokenizer(input);
    std::vector<CsvField> fields;
    QCOMPARE(tokenizer.next(fields), CsvTokenizer::Status::Record);
    QCOMPARE(fields.size(), size_t(3));
    QVERIFY(!fields[0].quoted);
    QVERIFY(fields[1].quoted);
    QVERIFY(fields[1].hasEscapes);
    QCOMPARE(tokenizer.raw(fields[1]), QByteArrayView("y\"\"z"));
    QVERIFY(fields[2].quoted);
    QCOMPARE(fields[2].length, 0);
    QCOMPARE(tokenizer.position(), input.size());
}

void TestCsvTokenizer::columnsAndLines()
{
    const QByteArray input("ab,cd\n\"x\ny\",zz\n");
    CsvTokenizer tokenizer(input);
    const qsizetype zz = input.indexOf("zz");
    QCOMPARE(tokenizer.lineAt(zz), 3);
    QCOMPARE(tokenizer.columnAt(zz), 4); // after y",
    QCOMPARE(tokenizer.lineAt(0), 1);
    QCOMPARE(tokenizer.columnAt(3), 4);
    QCOMPARE(tokenizer.lineAt(input.size()), 4);
}

void TestCsvTokenizer::roundTripsSignalbackupToolsEncoding_data()
{
    QTest::addColumn<QByteArray>("value");
    for (const char *v :
         {"", "plain", " padded ", "   ", "\t", "a,b", "say \"hi\"", "line\nbreak", "cr\ronly",
          "crlf\r\ninside", "\"", ",", "\"\"", "emoji 👨‍👩‍👧 🇩🇪",
          "עברית, العربية", "end with quote\""})
        QTest::newRow(v) << QByteArray(v);
}

void TestCsvTokenizer::roundTripsSignalbackupToolsEncoding()
{
    // Whatever signalbackup-tools' writer (reproduced in tools/demogen) produces, we read back.
    QFETCH(QByteArray, value);
    QByteArray csv;
    idiolect::demogen::CsvCellEncoder::appendRow(csv,
                                                 {idiolect::demogen::Cell::fromInt(7),
                                                  idiolect::demogen::Cell::fromUtf8(value),
                                                  idiolect::demogen::Cell::null()});
    const auto records = tokenize(csv);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0], QByteArrayList({"7", value, ""}));
}

void TestCsvTokenizer::addBlockBoundaryRows()
{
    // The tokenizer classifies 64-byte blocks; put the interesting byte at offsets 63 and 64.
    using R = QList<QByteArrayList>;
    const QByteArray a63(63, 'a');
    const QByteArray a62(62, 'a');
    QTest::newRow("comma at 63") << a63 + ",b\n" << false << R{{a63, "b"}};
    QTest::newRow("comma at 64") << a63 + "a,b\n" << false << R{{a63 + 'a', "b"}};
    QTest::newRow("newline at 63") << a63 + "\nb\n" << false << R{{a63}, {"b"}};
    QTest::newRow("quote after comma at 63") << a63 + ",\"x,y\"\n" << false << R{{a63, "x,y"}};
    QTest::newRow("quote after newline at 63") << a63 + "\n\"x\ny\",z\n"
                                               << false << R{{a63}, {"x\ny", "z"}};
    QTest::newRow("CR at 63, LF at 64") << a63 + "\r\nb\r\n" << true << R{{a63}, {"b"}};
    QTest::newRow("CR at 63, LF at 64, no CRLF mode") << a63 + "\r\nb\n"
                                                      << false << R{{a63 + '\r'}, {"b"}};
    QTest::newRow("field over three blocks") << "x," + QByteArray(150, 'b') + ",y\n"
                                             << false << R{{"x", QByteArray(150, 'b'), "y"}};
    QTest::newRow("quoted field across blocks, then unquoted") << "\"" + a62
            + ",\"\"\n\",c,d\n" << false << R{{a62 + ",\"\n", "c", "d"}};
    QTest::newRow("input ends at 64 after a comma") << a63 + ',' << false << R{{a63, ""}};
    QTest::newRow("input ends at 64 after a quoted field and comma")
        << "\"" + QByteArray(61, 'a') + "\"," << false << R{{QByteArray(61, 'a'), ""}};
    QTest::newRow("128 bytes without separators")
        << QByteArray(128, 'z') << false << R{{QByteArray(128, 'z')}};
}

void TestCsvTokenizer::seekKeepsNoStaleMasks()
{
    // Read on, seek back into the block just read and forward again: the same records.
    QByteArray input;
    for (int i = 0; i < 20; ++i)
        input += "r" + QByteArray::number(i) + ",\"q,\",x\n";
    CsvTokenizer tokenizer(input);
    std::vector<CsvField> fields;
    QByteArray scratch;
    std::vector<qsizetype> starts;
    while (true) {
        starts.push_back(tokenizer.position());
        if (tokenizer.next(fields) != CsvTokenizer::Status::Record)
            break;
    }
    QCOMPARE(starts.size(), size_t(21));
    for (const int record : {5, 1, 19, 0, 7, 7, 3}) {
        tokenizer.seek(starts[size_t(record)]);
        QCOMPARE(tokenizer.next(fields), CsvTokenizer::Status::Record);
        QCOMPARE(tokenizer.recordOffset(), starts[size_t(record)]);
        QCOMPARE(fields.size(), size_t(3));
        QCOMPARE(tokenizer.content(fields[0], scratch).toByteArray(),
                 QByteArray("r" + QByteArray::number(record)));
        QCOMPARE(tokenizer.content(fields[1], scratch), QByteArrayView("q,"));
        QCOMPARE(tokenizer.content(fields[2], scratch), QByteArrayView("x"));
    }
}

void TestCsvTokenizer::blockMasksMatchByteLoop()
{
    // The SSE2 classification against the portable byte loop, over blocks of every length.
    QRandomGenerator random(42);
    static const char alphabet[] = {',', '\n', '"', '\r', 'a', '\0', '\xFF', '\x80'};
    char bytes[CsvBlockMasks::Size];
    for (int round = 0; round < 2000; ++round) {
        for (char &b : bytes)
            b = alphabet[random.bounded(int(sizeof alphabet))];
        const qsizetype size = round % (CsvBlockMasks::Size + 1);
        const CsvBlockMasks fast = CsvBlockMasks::classify(bytes, size);
        QVERIFY(fast == CsvBlockMasks::classifyScalar(bytes, size));
        if (size == CsvBlockMasks::Size)
            QVERIFY(fast.separators != 0 && fast.quotes != 0);
    }
}

QTEST_GUILESS_MAIN(TestCsvTokenizer)
#include "tst_csvtokenizer.moc"
