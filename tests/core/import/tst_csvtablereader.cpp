// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvTableReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace idiolect;

class TestCsvTableReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void zeroByteFileIsAnEmptyTable();
    void headerOnly();
    void valuesByType();
    void integers_data();
    void integers();
    void escapedAndMultilineText();
    void blankLinesAreSkipped();
    void invalidUtf8Offset();
    void bomAndCrlf();
    void notCsv_data();
    void notCsv();
    void fieldCountErrorsPointAtTheField_data();
    void fieldCountErrorsPointAtTheField();
    void valueErrorsNameLineColumnAndField();

private:
    std::unique_ptr<CsvTableReader> open(const QByteArray &content, Error *error = nullptr);

    QTemporaryDir m_dir;
    int m_files = 0;
};

std::unique_ptr<CsvTableReader> TestCsvTableReader::open(const QByteArray &content, Error *error)
{
    const QString path = m_dir.filePath(u"t%1.csv"_s.arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return nullptr;
    f.close();
    auto reader = CsvTableReader::open(path);
    if (!reader) {
        if (error)
            *error = reader.error();
        return nullptr;
    }
    return std::move(reader.value());
}

void TestCsvTableReader::zeroByteFileIsAnEmptyTable()
{
    auto r = open(QByteArray());
    QVERIFY(r);
    QVERIFY(r->isEmptyTable());
    QVERIFY(r->columns().isEmpty());
    QVERIFY(!r->next());
    QVERIFY(!r->error().isError());
}

void TestCsvTableReader::headerOnly()
{
    auto r = open("_id,body\n");
    QVERIFY(r);
    QCOMPARE(r->columns(), QStringList({u"_id"_s, u"body"_s}));
    QVERIFY(!r->next());
    QVERIFY(!r->error().isError());
    QCOMPARE(r->columnIndex({u"missing", u"body"}), 1);
}

void TestCsvTableReader::valuesByType()
{
    auto r = open("i,e,real,big,text,blob,bad\n"
                  "42,,1.0,9223372036854775807,hi,QUJD,12x\n");
    QVERIFY(r);
    QVERIFY(r->next());
    bool ok = false;
    QCOMPARE(r->toInt64(0, -1, &ok), 42);
    QVERIFY(ok);
    QVERIFY(r->isNull(1));
    QCOMPARE(r->toInt64(1, -7, &ok), -7); // NULL and '' both give the fallback
    QVERIFY(ok);
    QCOMPARE(r->toInt64(2, 0, &ok), 1); // REAL-looking integer
    QVERIFY(ok);
    QCOMPARE(r->toInt64(3), std::numeric_limits<qint64>::max());
    QCOMPARE(r->text(4).toString(), u"hi"_s);
    QCOMPARE(r->blob(5), QByteArray("ABC"));
    QCOMPARE(r->toInt64(6, -3, &ok), -3);
    QVERIFY(!ok);
    QCOMPARE(r->record(), 1);
    QCOMPARE(r->line(), 2);
}

void TestCsvTableReader::integers_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<qint64>("value"); // -99 when the cell is not a whole number
    QTest::newRow("digit") << QByteArray("7") << qint64(7);
    QTest::newRow("leading zeros") << QByteArray("007") << qint64(7);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("minus zero") << QByteArray("-0") << qint64(0);
    QTest::newRow("date") << QByteArray("1700000000123") << qint64(1700000000123);
    QTest::newRow("18 digits") << QByteArray("999999999999999999") << qint64(999999999999999999);
    QTest::newRow("19 digits") << QByteArray("1000000000000000000") << qint64(1000000000000000000);
    QTest::newRow("minimum") << QByteArray("-9223372036854775808")
                             << std::numeric_limits<qint64>::min();
    QTest::newRow("plus sign") << QByteArray("+5") << qint64(5);
    QTest::newRow("quoted") << QByteArray("\"42\"") << qint64(42);
    QTest::newRow("real") << QByteArray("-3.0") << qint64(-3);
    QTest::newRow("minus alone") << QByteArray("-") << qint64(-99);
    QTest::newRow("two minus") << QByteArray("--1") << qint64(-99);
    QTest::newRow("letter") << QByteArray("12a") << qint64(-99);
    QTest::newRow("space (read as a REAL)") << QByteArray(" 1") << qint64(1);
    QTest::newRow("too big") << QByteArray("99999999999999999999") << qint64(-99);
}

void TestCsvTableReader::integers()
{
    QFETCH(QByteArray, cell);
    QFETCH(qint64, value);
    auto r = open("a,n,z\nx," + cell + ",y\n");
    QVERIFY(r);
    QVERIFY(r->next());
    bool ok = false;
    QCOMPARE(r->toInt64(1, -99, &ok), value);
    QCOMPARE(ok, value != -99);
}

void TestCsvTableReader::escapedAndMultilineText()
{
    auto r = open("a,b\n\"say \"\"hi\"\"\",\"x\ny\"\nnext,row\n");
    QVERIFY(r);
    QVERIFY(r->next());
    QCOMPARE(r->text(0).toString(), u"say \"hi\""_s);
    QCOMPARE(r->text(1).toString(), u"x\ny"_s);
    QVERIFY(r->next());
    QCOMPARE(r->line(), 4); // the multi-line record occupied lines 2-3
    QCOMPARE(r->record(), 2);
    QVERIFY(!r->next());
}

void TestCsvTableReader::blankLinesAreSkipped()
{
    auto r = open("a,b\n1,2\n\n3,4\n");
    QVERIFY(r);
    QVERIFY(r->next());
    QVERIFY(r->next());
    QCOMPARE(r->text(0).toString(), u"3"_s);
    QCOMPARE(r->skippedBlankLines(), 1);
    QVERIFY(!r->next());
    QVERIFY(!r->error().isError());
}

void TestCsvTableReader::invalidUtf8Offset()
{
    auto r = open("a,b\nok,\"Caf\xE9 \"\"x\"\"\"\n");
    QVERIFY(r);
    QVERIFY(r->next());
    QCOMPARE(r->invalidUtf8Offset(0), -1);
    QCOMPARE(r->invalidUtf8Offset(1), 3);
    const Error e = r->errorAt(ErrorCode::InvalidUtf8, 1, u"x"_s, 3);
    QCOMPARE(e.line, 2);
    QCOMPARE(e.column, 8); // ok,"Caf -> the byte after 7 characters
    QCOMPARE(e.columnName, u"b"_s);
    QCOMPARE(e.record, 1);
}

void TestCsvTableReader::bomAndCrlf()
{
    auto r = open("\xEF\xBB\xBF"
                  "a,b\r\n1,\"two\r\nlines\"\r\n");
    QVERIFY(r);
    QVERIFY(r->hadBom());
    QVERIFY(r->crlfMode());
    QCOMPARE(r->columns(), QStringList({u"a"_s, u"b"_s}));
    QVERIFY(r->next());
    QCOMPARE(r->text(1).toString(), u"two\r\nlines"_s);
}

void TestCsvTableReader::notCsv_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("column");
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << qint64(1);
    QTest::newRow("SQLite") << QByteArray("SQLite format 3\0", 16) << qint64(1);
    QTest::newRow("NUL byte") << QByteArray("a,b\n1,x\0y\n", 10) << qint64(4);
    QTest::newRow("data, not a header") << QByteArray("1,Hello\n") << qint64(1);
    QTest::newRow("space in a name") << QByteArray("_id,my body\n") << qint64(5);
}

void TestCsvTableReader::notCsv()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, column);
    Error error;
    QVERIFY(!open(content, &error));
    QCOMPARE(error.code, ErrorCode::NotCsv);
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, column);
    QVERIFY(!error.hint.isEmpty());
}

void TestCsvTableReader::fieldCountErrorsPointAtTheField_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<qint64>("record");
    QTest::newRow("one too many") << QByteArray("a,b\n1,2\n3,4,5\n") << qint64(3) << qint64(5)
                                  << qint64(2);
    QTest::newRow("quoted extra") << QByteArray("a,b\n1,2,\"x\"\n") << qint64(2) << qint64(5)
                                  << qint64(1);
    QTest::newRow("one too few") << QByteArray("a,b,c\n1,2\n") << qint64(2) << qint64(4)
                                 << qint64(1);
    QTest::newRow("after a multi-line record")
        << QByteArray("a,b\n\"x\ny\",1\n2\n") << qint64(4) << qint64(2) << qint64(2);
}

void TestCsvTableReader::fieldCountErrorsPointAtTheField()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(qint64, record);
    auto r = open(content);
    QVERIFY(r);
    while (r->next()) { }
    QCOMPARE(r->error().code, ErrorCode::FieldCount);
    QCOMPARE(r->error().line, line);
    QCOMPARE(r->error().column, column);
    QCOMPARE(r->error().record, record);
}

void TestCsvTableReader::valueErrorsNameLineColumnAndField()
{
    auto r = open("_id,thread_id\n1,1\n2,\"x\"\n");
    QVERIFY(r);
    QVERIFY(r->next());
    QVERIFY(r->next());
    const Error e = r->errorAt(ErrorCode::InvalidValue, 1, u"not a number"_s);
    QCOMPARE(e.line, 3);
    QCOMPARE(e.column, 4); // the content after the opening quote
    QCOMPARE(e.columnName, u"thread_id"_s);
    QCOMPARE(e.record, 2);
    QVERIFY(e.toString().startsWith(e.file + u":3:4: "_s));
}

QTEST_GUILESS_MAIN(TestCsvTableReader)
#include "tst_csvtablereader.moc"
