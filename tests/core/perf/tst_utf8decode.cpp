// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageStore::appendUtf8 widens a body's leading ASCII run itself and hands only the rest
// to Qt's UTF-8 decoder. The text and the invalid-input report must be exactly what
// decoding the whole body at once gives: BOMs anywhere, invalid and cut sequences included.
#include "common/Utf8.h"
#include "model/MessageStore.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

using namespace idiolect;

namespace {

/** The whole body through one decoder, as the store did before the ASCII run. */
QString reference(const QByteArray &bytes, bool *invalid)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless
                               | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    *invalid = decoder.hasError();
    return text;
}

} // namespace

class TestUtf8Decode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asciiPrefix();
    void appendMatchesOneDecoder();
};

void TestUtf8Decode::asciiPrefix()
{
    // Every length around the 16-byte steps, a non-ASCII byte at every place or none.
    for (int length = 0; length <= 50; ++length) {
        const QByteArray ascii(length, 'a');
        QCOMPARE(utf8::asciiPrefix(ascii), qsizetype(length));
        for (int at = 0; at < length; ++at) {
            for (const char high : {'\x80', '\xC3', '\xFF'}) {
                QByteArray bytes = ascii;
                bytes[at] = high;
                QCOMPARE(utf8::asciiPrefix(bytes), qsizetype(at));
            }
        }
    }
    QCOMPARE(utf8::asciiPrefix(QByteArrayView("\x7F\x01\x00z", 4)), qsizetype(4));
}

void TestUtf8Decode::appendMatchesOneDecoder()
{
    static const QByteArray pieces[] = {
        "a",
        " ",
        "hello ",
        "0123456789abcdef",
        "\xC3\xA9",
        "\xE2\x82\xAC",
        "\xF0\x9F\x98\x80",
        "\xEF\xBB\xBF", // BOM
        "\xC3",
        "\x80",
        "\xED\xA0\x80",
        "\xF8",
        "\xE2\x82",
        "\xC0\xAF",
        "\xFF",
    };
    QRandomGenerator rng(20261125);
    MessageStore store;
    for (int round = 0; round < 20000; ++round) {
        QByteArray body;
        const int count = int(rng.bounded(8));
        for (int i = 0; i < count; ++i)
            body += pieces[rng.bounded(int(std::size(pieces)))];
        bool expectedInvalid = false;
        const QString expected = reference(body, &expectedInvalid);
        bool invalid = false;
        const quint32 index = store.appendUtf8(MessageRecord{}, body, {}, &invalid);
        QCOMPARE(store.body(index).toString(), expected);
        QVERIFY2(invalid == expectedInvalid, body.toHex().constData());
    }
}

QTEST_GUILESS_MAIN(TestUtf8Decode)
#include "tst_utf8decode.moc"
