// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/plaintext/ProtoJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace idiolect;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestProtoJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsigned64_data();
    void unsigned64();
    void bytes_data();
    void bytes();
    void int32();
    void uuid();
};

void TestProtoJson::unsigned64_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<quint64>("value");
    QTest::newRow("string") << QByteArray(R"({"v":"1767225700000"})") << true
                            << quint64(1767225700000);
    QTest::newRow("number (older writer)")
        << QByteArray(R"({"v":1767225700000})") << true << quint64(1767225700000);
    QTest::newRow("above 2^53 as number")
        << QByteArray(R"({"v":9007199254740993})") << true << quint64(9007199254740993ULL);
    QTest::newRow("max as string") << QByteArray(R"({"v":"18446744073709551615"})") << true
                                   << quint64(18446744073709551615ULL);
    QTest::newRow("absent is 0") << QByteArray(R"({})") << true << quint64(0);
    QTest::newRow("null is 0") << QByteArray(R"({"v":null})") << true << quint64(0);
    QTest::newRow("overflow") << QByteArray(R"({"v":"18446744073709551616"})") << false
                              << quint64(0);
    QTest::newRow("negative") << QByteArray(R"({"v":-1})") << false << quint64(0);
    QTest::newRow("fraction") << QByteArray(R"({"v":1.5})") << false << quint64(0);
    QTest::newRow("letters") << QByteArray(R"({"v":"12ab"})") << false << quint64(0);
    QTest::newRow("empty string") << QByteArray(R"({"v":""})") << false << quint64(0);
    QTest::newRow("bool") << QByteArray(R"({"v":true})") << false << quint64(0);
}

void TestProtoJson::unsigned64()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(quint64, value);
    quint64 got = 99;
    QCOMPARE(protojson::unsigned64(parse(json), "v"_L1, &got), ok);
    if (ok)
        QCOMPARE(got, value);
    qint64 id = 0;
    const bool fits = ok && value <= quint64(std::numeric_limits<qint64>::max());
    QCOMPARE(protojson::id64(parse(json), "v"_L1, &id), fits);
}

void TestProtoJson::bytes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray aci = QByteArray::fromHex("5b2f8c1e7d3a4f609e210c4d8a7b6f13");
    QTest::newRow("padded") << QByteArray(R"({"v":"Wy+MHn06T2CeIQxNintvEw=="})") << aci;
    QTest::newRow("unpadded") << QByteArray(R"({"v":"Wy+MHn06T2CeIQxNintvEw"})") << aci;
    QTest::newRow("url-safe") << QByteArray(R"({"v":"Wy-MHn06T2CeIQxNintvEw"})") << aci;
    QTest::newRow("invalid") << QByteArray(R"({"v":"W*+M"})") << QByteArray();
    QTest::newRow("impossible length") << QByteArray(R"({"v":"Wy+MH"})") << QByteArray();
    QTest::newRow("not a string") << QByteArray(R"({"v":12})") << QByteArray();
}

void TestProtoJson::bytes()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    QCOMPARE(protojson::bytes(parse(json), "v"_L1), expected);
}

void TestProtoJson::int32()
{
    qint32 v = 0;
    QVERIFY(protojson::int32(parse(R"({"v":17})"), "v"_L1, &v));
    QCOMPARE(v, 17);
    QVERIFY(protojson::int32(parse(R"({"v":"-3"})"), "v"_L1, &v));
    QCOMPARE(v, -3);
    QVERIFY(!protojson::int32(parse(R"({"v":4294967296})"), "v"_L1, &v));
    QVERIFY(!protojson::int32(parse(R"({"v":2.5})"), "v"_L1, &v));
    QVERIFY(protojson::int32(parse(R"({})"), "v"_L1, &v));
    QCOMPARE(v, 0);
}

void TestProtoJson::uuid()
{
    QCOMPARE(protojson::uuidText(QByteArray::fromHex("5b2f8c1e7d3a4f609e210c4d8a7b6f13")),
             u"5b2f8c1e-7d3a-4f60-9e21-0c4d8a7b6f13"_s);
    QCOMPARE(protojson::uuidText(QByteArray::fromHex("0a0b")), u"0a0b"_s);
}

QTEST_GUILESS_MAIN(TestProtoJson)
#include "tst_protojson.moc"
