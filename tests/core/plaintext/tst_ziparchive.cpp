// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/plaintext/ZipArchive.h"
#include "import/plaintext/ZipWriter.h"

#include <QIODevice>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

QByteArray sample(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(rng.bounded(0, 16) + 'a'); // compressible, not trivially
    return out;
}

QByteArray archive(std::initializer_list<std::pair<QString, QByteArray>> files,
                   ZipWriter::Method method = ZipWriter::Method::Deflate)
{
    ZipWriter writer;
    for (const auto &[name, data] : files)
        writer.addFile(name, data, method);
    return writer.toBytes().value();
}

void put32(QByteArray &bytes, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((v >> (8 * i)) & 0xFF);
}

void put16(QByteArray &bytes, qsizetype at, quint16 v)
{
    bytes[at] = char(v & 0xFF);
    bytes[at + 1] = char(v >> 8);
}

qsizetype centralDirectory(const QByteArray &zip)
{
    return zip.indexOf(QByteArrayView("PK\x01\x02", 4));
}

/** Reads entry @p name; returns the bytes or the error message. */
std::pair<QByteArray, QString> readAll(const QByteArray &zip, const QString &name)
{
    auto a = ZipArchive::fromBytes(zip, u"test.zip"_s);
    if (!a)
        return {{}, a.error().message};
    auto bytes = (*a)->readEntry((*a)->indexOf(name), 1 << 30);
    if (!bytes)
        return {{}, bytes.error().message};
    return {*bytes, {}};
}

/** Moves the end record into ZIP64 form: 0xFFFF.. fields plus a ZIP64 record and locator. */
QByteArray toZip64End(const QByteArray &zip)
{
    const qsizetype eocd = zip.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    const QByteArray end = zip.mid(eocd);
    auto le = [&](qsizetype at, int n) {
        quint64 v = 0;
        for (int i = n - 1; i >= 0; --i)
            v = (v << 8) | quint8(end[at + i]);
        return v;
    };
    const quint64 count = le(10, 2), size = le(12, 4), offset = le(16, 4);
    QByteArray out = zip.left(eocd);
    const auto record = quint64(out.size());
    QByteArray z64(56, '\0');
    put32(z64, 0, 0x06064b50);
    put32(z64, 4, 44);
    put32(z64, 24, quint32(count));
    put32(z64, 32, quint32(count));
    put32(z64, 40, quint32(size));
    put32(z64, 48, quint32(offset));
    out += z64;
    QByteArray locator(20, '\0');
    put32(locator, 0, 0x07064b50);
    put32(locator, 8, quint32(record));
    put32(locator, 16, 1);
    out += locator;
    QByteArray e = end;
    put16(e, 8, 0xFFFF);
    put16(e, 10, 0xFFFF);
    put32(e, 12, 0xFFFFFFFF);
    put32(e, 16, 0xFFFFFFFF);
    return out + e;
}

/** Rewrites the first central-directory entry to state its sizes in a ZIP64 extra field. */
QByteArray toZip64Entry(const QByteArray &zip)
{
    const qsizetype cd = centralDirectory(zip);
    auto le = [&](qsizetype at, int n) {
        quint64 v = 0;
        for (int i = n - 1; i >= 0; --i)
            v = (v << 8) | quint8(zip[at + i]);
        return v;
    };
    const quint64 compressed = le(cd + 20, 4), size = le(cd + 24, 4);
    const quint64 nameLength = le(cd + 28, 2);
    QByteArray extra(20, '\0');
    put16(extra, 0, 0x0001);
    put16(extra, 2, 16);
    put32(extra, 4, quint32(size)); // uncompressed first, then compressed (APPNOTE 4.5.3)
    put32(extra, 12, quint32(compressed));
    QByteArray out = zip;
    put32(out, cd + 20, 0xFFFFFFFF);
    put32(out, cd + 24, 0xFFFFFFFF);
    put16(out, cd + 30, quint16(extra.size()));
    out.insert(cd + 46 + qsizetype(nameLength), extra);
    const qsizetype eocd = out.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    put32(out, eocd + 12,
          quint32(le(zip.lastIndexOf(QByteArrayView("PK\x05\x06", 4)) + 12, 4))
              + quint32(extra.size()));
    return out;
}

} // namespace

class TestZipArchive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void fromFile();
    void zip64EndRecord();
    void zip64EntrySizes();
    void damaged_data();
    void damaged();
    void readEntryLimit();
};

void TestZipArchive::roundTrip_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("stored") << int(ZipWriter::Method::Stored) << sample(5000, 1);
    QTest::newRow("deflate") << int(ZipWriter::Method::Deflate) << sample(300'000, 2);
    QTest::newRow("deflate empty") << int(ZipWriter::Method::Deflate) << QByteArray();
    QTest::newRow("stored empty") << int(ZipWriter::Method::Stored) << QByteArray();
    QTest::newRow("deflate large") << int(ZipWriter::Method::Deflate) << sample(3'000'000, 3);
}

void TestZipArchive::roundTrip()
{
    QFETCH(int, method);
    QFETCH(QByteArray, data);
    const QByteArray zip
        = archive({{u"files/ab/ünïcode name.bin"_s, data}, {u"main.jsonl"_s, "{}\n"}},
                  ZipWriter::Method(method));
    auto a = ZipArchive::fromBytes(zip);
    QVERIFY2(a, qPrintable(a ? QString() : a.error().toString()));
    QCOMPARE((*a)->entries().size(), size_t(2));
    const qsizetype index = (*a)->indexOf(u"files/ab/ünïcode name.bin"_s);
    QCOMPARE(index, 0);
    QCOMPARE((*a)->entries()[0].size, data.size());
    QCOMPARE((*a)->indexOf(u"missing"_s), -1);

    // Small reads exercise the streaming path across inflate() calls.
    auto device = (*a)->openEntry(index);
    QVERIFY(device);
    QByteArray streamed;
    char buffer[777];
    qint64 n = 0;
    while ((n = (*device)->read(buffer, sizeof buffer)) > 0)
        streamed.append(buffer, qsizetype(n));
    QCOMPARE(n, 0);
    QCOMPARE(streamed, data);
    QCOMPARE(readAll(zip, u"main.jsonl"_s).first, QByteArray("{}\n"));
}

void TestZipArchive::fromFile()
{
    QTemporaryDir dir;
    ZipWriter writer;
    writer.addFile(u"main.jsonl"_s, "line\n");
    const QString path = dir.filePath(u"export.zip"_s);
    QVERIFY(writer.save(path));
    auto a = ZipArchive::open(path);
    QVERIFY(a);
    QCOMPARE((*a)->readEntry(0, 100).value(), QByteArray("line\n"));
    QCOMPARE(ZipArchive::open(dir.filePath(u"none.zip"_s)).error().code, ErrorCode::NotFound);
}

void TestZipArchive::zip64EndRecord()
{
    const QByteArray zip = toZip64End(archive({{u"a.txt"_s, "alpha"}, {u"b.txt"_s, "beta"}}));
    const auto [bytes, error] = readAll(zip, u"b.txt"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(bytes, QByteArray("beta"));
}

void TestZipArchive::zip64EntrySizes()
{
    const QByteArray data = sample(10'000, 9);
    const QByteArray zip = toZip64Entry(archive({{u"big.bin"_s, data}}));
    auto a = ZipArchive::fromBytes(zip);
    QVERIFY2(a, qPrintable(a ? QString() : a.error().toString()));
    QCOMPARE((*a)->entries()[0].size, data.size());
    QCOMPARE((*a)->readEntry(0, 1 << 20).value(), data);
    // The extra field is cut short: the sizes it must carry are missing.
    QByteArray broken = zip;
    put16(broken, centralDirectory(broken) + 30, 12);
    QVERIFY(!ZipArchive::fromBytes(broken));
}

void TestZipArchive::damaged_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<QString>("expected"); ///< A word the error message must contain.

    const QByteArray data = sample(20'000, 4);
    const QByteArray stored = archive({{u"x"_s, data}}, ZipWriter::Method::Stored);
    const QByteArray deflated = archive({{u"x"_s, data}});
    const qsizetype cd = centralDirectory(deflated);

    QTest::newRow("too short") << QByteArray("PK\x03\x04") << u"too short"_s;
    QTest::newRow("no end record") << QByteArray(4096, 'x') << u"end-of-directory"_s;
    QByteArray flipped = stored;
    flipped[100] = char(flipped[100] ^ 0x01);
    QTest::newRow("crc mismatch") << flipped << u"CRC-32"_s;
    QByteArray larger = deflated;
    put32(larger, cd + 24, quint32(data.size() - 10)); // declares fewer bytes than it inflates to
    QTest::newRow("more than declared") << larger << u"more bytes"_s;
    QByteArray smaller = deflated;
    put32(smaller, cd + 24, quint32(data.size() + 10));
    QTest::newRow("fewer than declared") << smaller << u"declares"_s;
    QByteArray cut = deflated;
    put32(cut, cd + 20, 40); // compressed size too small: stream ends early
    QTest::newRow("cut off") << cut << u"cut off"_s;
    QByteArray method = deflated;
    put16(method, cd + 10, 12);
    QTest::newRow("bzip2") << method << u"method"_s;
    QByteArray encrypted = deflated;
    put16(encrypted, cd + 8, 0x0801);
    QTest::newRow("encrypted") << encrypted << u"encrypted"_s;
    QByteArray offset = deflated;
    put32(offset, cd + 42, 0x7FFFFFF0);
    QTest::newRow("offset outside") << offset << u"outside"_s;
    QByteArray local = deflated;
    local[0] = 'X';
    QTest::newRow("local header") << local << u"local header"_s;
    QByteArray garbage = deflated;
    for (qsizetype i = 40; i < 200; ++i)
        garbage[i] = char(0xFF);
    QTest::newRow("invalid deflate") << garbage << u"damaged"_s;
    QByteArray split = deflated;
    put16(split, split.size() - 22 + 4, 1);
    QTest::newRow("split") << split << u"Split"_s;
    QByteArray directory = deflated;
    directory[cd] = 'X';
    QTest::newRow("directory entry") << directory << u"directory entry"_s;
}

void TestZipArchive::damaged()
{
    QFETCH(QByteArray, zip);
    QFETCH(QString, expected);
    const auto [bytes, error] = readAll(zip, u"x"_s);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestZipArchive::readEntryLimit()
{
    auto a = ZipArchive::fromBytes(archive({{u"big"_s, sample(1000, 5)}}));
    QVERIFY(a);
    QVERIFY(!(*a)->readEntry(0, 999));
    QVERIFY((*a)->readEntry(0, 1000));
    QCOMPARE((*a)->openEntry(7).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
