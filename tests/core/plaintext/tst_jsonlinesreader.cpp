// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/JsonLinesReader.h"

#include <QBuffer>
#include <QTest>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

/** Every line as "n:text", overlong lines as "n:<too long>". */
QStringList readAll(const QByteArray &input, qint64 maxLine = JsonLinesReader::kDefaultMaxLineBytes)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    JsonLinesReader reader(buffer, u"test.jsonl"_s, maxLine);
    QStringList out;
    while (true) {
        const auto r = reader.next();
        if (r == JsonLinesReader::Result::End)
            break;
        const QString n = QString::number(reader.lineNumber()) + u':';
        if (r == JsonLinesReader::Result::TooLong)
            out.append(n + u"<too long>"_s);
        else
            out.append(n + QString::fromUtf8(reader.line()));
    }
    return out;
}

} // namespace

class TestJsonLinesReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void chunkBoundary();
    void progress();
};

void TestJsonLinesReader::lines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("maxLine");
    QTest::addColumn<QStringList>("expected");
    const qint64 big = JsonLinesReader::kDefaultMaxLineBytes;
    QTest::newRow("empty") << QByteArray() << big << QStringList();
    QTest::newRow("lf") << QByteArray("a\nb\n") << big << QStringList{u"1:a"_s, u"2:b"_s};
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << big << QStringList{u"1:a"_s, u"2:b"_s};
    QTest::newRow("no final newline")
        << QByteArray("a\nb") << big << QStringList{u"1:a"_s, u"2:b"_s};
    QTest::newRow("blank lines kept")
        << QByteArray("a\n\nb\n") << big << QStringList{u"1:a"_s, u"2:"_s, u"3:b"_s};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{}\n{}") << big
                         << QStringList{u"1:{}"_s, u"2:{}"_s};
    QTest::newRow("too long in the middle")
        << QByteArray("ok\n0123456789abcdef\nok2\n") << qint64(8)
        << QStringList{u"1:ok"_s, u"2:<too long>"_s, u"3:ok2"_s};
    QTest::newRow("too long at the end") << QByteArray("ok\n0123456789abcdef") << qint64(8)
                                         << QStringList{u"1:ok"_s, u"2:<too long>"_s};
}

void TestJsonLinesReader::lines()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, maxLine);
    QFETCH(QStringList, expected);
    QCOMPARE(readAll(input, maxLine), expected);
}

void TestJsonLinesReader::chunkBoundary()
{
    // A line that straddles the 1 MiB read chunk, and one longer than a chunk.
    const QByteArray first(1024 * 1024 - 3, 'x');
    const QByteArray second(3 * 1024 * 1024, 'y');
    const QStringList lines = readAll(first + "\nab\n" + second + "\nend");
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0].size(), first.size() + 2);
    QCOMPARE(lines[1], u"2:ab"_s);
    QCOMPARE(lines[2].size(), second.size() + 2);
    QCOMPARE(lines[3], u"4:end"_s);
    // The same big line is skipped, not held, when it exceeds the bound.
    QCOMPARE(readAll("a\n" + second + "\nb\n", 1024 * 1024),
             (QStringList{u"1:a"_s, u"2:<too long>"_s, u"3:b"_s}));
}

void TestJsonLinesReader::progress()
{
    QBuffer buffer;
    buffer.setData("ab\ncd\r\n");
    buffer.open(QIODevice::ReadOnly);
    JsonLinesReader reader(buffer, u"p"_s);
    QCOMPARE(reader.next(), JsonLinesReader::Result::Line);
    QCOMPARE(reader.bytesRead(), 3);
    QCOMPARE(reader.next(), JsonLinesReader::Result::Line);
    QCOMPARE(reader.bytesRead(), 7);
    QCOMPARE(reader.next(), JsonLinesReader::Result::End);
}

QTEST_GUILESS_MAIN(TestJsonLinesReader)
#include "tst_jsonlinesreader.moc"
